// npm run bench:notifications [-- --docs 10000 --saves 100 --watchers 20]
// How long a notice takes to reach people, on the generated corpus: a page with `--watchers`
// watchers who chose email for new versions is saved `--saves` times while one worker loop sends
// email to an SMTP server in this process. Prints the save's own time with and without watchers,
// and the time from each event to its email (emailedAt − createdAt): p50/p95/max. In-app notices
// are written in the save's transaction, so they are in the inbox when the save returns.
// Asserts nothing.
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { startSmtp } from '../test/smtp-receiver';
import { percentiles, seededDatabase } from './harness';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    saves: { type: 'string', default: '100' },
    watchers: { type: 'string', default: '20' },
    fresh: { type: 'boolean', default: false },
  },
});
const saves = Number(args.saves);
const watchers = Number(args.watchers);

async function main() {
  console.log(`Hindsight notification benchmark: ${Number(args.docs).toLocaleString()} documents, ${watchers} watchers, ${saves} saves`);
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789'; // signs unsubscribe links
  const seeded = await seededDatabase(`hindsight_bench_${args.docs}`, Number(args.docs), { fresh: args.fresh, render: true });
  await seeded.db.$disconnect();
  const { db } = await import('@/lib/db/client');
  const { updateDocument } = await import('@/lib/documents/update-document');
  const { loadDocument, SYSTEM_ACTOR } = await import('@/lib/policies/loaders');
  const { sendNoticeEmails } = await import('@/lib/notifications/send-emails');

  const smtp = await startSmtp();
  const transport = nodemailer.createTransport(`${smtp.url}?pool=true&maxConnections=4`); // as the worker's own
  const writer = await db.user.upsert({
    where: { email: 'bench-notices@hindsight.local' },
    update: {},
    create: { email: 'bench-notices@hindsight.local', name: 'Bench writer', role: 'admin' },
    select: { id: true, role: true },
  });
  const people = await Promise.all(
    Array.from({ length: watchers }, (_, i) =>
      db.user.upsert({
        where: { email: `bench-watcher-${i}@hindsight.local` },
        update: { noticePrefs: { 'page.changed': 'email' }, emailDigest: false },
        create: {
          email: `bench-watcher-${i}@hindsight.local`,
          name: `Watcher ${i}`,
          role: 'viewer',
          noticePrefs: { 'page.changed': 'email' },
        },
        select: { id: true },
      }),
    ),
  );
  const [quiet, watched] = await db.document.findMany({
    where: { slug: { startsWith: 'bench-' }, projectId: null, deletedAt: null },
    select: { id: true },
    take: 2,
    orderBy: { id: 'desc' },
  });
  await db.watch.deleteMany({ where: { documentId: { in: [quiet!.id, watched!.id] } } });
  await db.notification.deleteMany({ where: { documentId: { in: [quiet!.id, watched!.id] } } });
  // The writer owns both pages and has unwatched them, so only the watchers are told.
  await db.document.updateMany({ where: { id: { in: [quiet!.id, watched!.id] } }, data: { ownerId: writer.id } });
  await db.watch.createMany({
    data: [
      { userId: writer.id, documentId: quiet!.id, watching: false },
      { userId: writer.id, documentId: watched!.id, watching: false },
    ],
  });
  const addWatchers = () => db.watch.createMany({ data: people.map((p) => ({ userId: p.id, documentId: watched!.id })) });

  let stop = false;
  const sender = (async () => {
    while (!stop) if ((await sendNoticeEmails({ transport })) === 0) await new Promise((r) => setTimeout(r, 100));
  })();

  const saveMany = async (id: string, count = saves, pauseMs = 0) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      const doc = await loadDocument(SYSTEM_ACTOR, id);
      const row = await db.document.findUniqueOrThrow({ where: { id }, select: { body: true, status: true } });
      const t0 = performance.now();
      await updateDocument(writer, doc, {
        baseVersion: doc.version,
        title: doc.title,
        body: `${row.body}\n\nNote ${i}.`,
        tags: [],
        status: row.status,
        message: `bench ${i}`,
      });
      times.push(performance.now() - t0);
    }
    return times;
  };
  await saveMany(quiet!.id, 10); // warm-up: connections, the render workers
  console.log(`Save of one page, nobody watching:      ${percentiles(await saveMany(watched!.id))}`);
  await addWatchers();
  const burstFrom = new Date();
  console.log(`The same page, ${watchers} watchers by email: ${percentiles(await saveMany(watched!.id))}`);

  const waitsSince = async (since: Date, expected: number) => {
    const where = { documentId: watched!.id, emailState: 'sent', createdAt: { gte: since } };
    while ((await db.notification.count({ where })) < expected) await new Promise((r) => setTimeout(r, 200));
    const rows = await db.notification.findMany({ where, select: { createdAt: true, emailedAt: true } });
    return rows.map((r) => r.emailedAt!.getTime() - r.createdAt.getTime());
  };
  const burst = await waitsSince(burstFrom, saves * watchers);
  console.log(`Event to email, a burst (${burst.length} emails from ${saves} saves back to back): ${percentiles(burst)}`);
  // Steady: one save a second, as a team works.
  const steadyFrom = new Date();
  await saveMany(watched!.id, 20, 1000);
  const steady = await waitsSince(steadyFrom, 20 * watchers);
  console.log(`Event to email, steady (${steady.length} emails, one save a second): ${percentiles(steady)}`);
  console.log(`The SMTP server received ${smtp.mails.length} messages.`);
  stop = true;
  await sender;

  await db.watch.deleteMany({ where: { documentId: { in: [quiet!.id, watched!.id] } } });
  transport.close();
  await smtp.close();
  await db.$disconnect();
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
