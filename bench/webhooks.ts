// npm run bench:webhooks [-- --docs 10000 --saves 150 --deliveries 2000 --endpoints 5]
// What webhooks cost and how fast they go, on the generated corpus:
//   - a save (updateDocument) with no webhooks, and with `endpoints` webhooks that want it;
//   - sending: `deliveries` queued deliveries to a receiver on 127.0.0.1 answering 200, by one
//     worker (4 at a time): deliveries per second and the attempts' own times;
//   - the reminder sweep (review due, monitoring review due, action items overdue) over the corpus.
// The receiver runs in this process, sharing its two cores. Prints figures; asserts nothing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { percentiles, seededDatabase } from './harness';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    saves: { type: 'string', default: '150' },
    deliveries: { type: 'string', default: '2000' },
    endpoints: { type: 'string', default: '5' },
    fresh: { type: 'boolean', default: false },
  },
});
const docs = Number(args.docs);
const saves = Number(args.saves);

async function main() {
  console.log(`Hindsight webhook benchmark: ${docs.toLocaleString()} documents`);
  process.env.HINDSIGHT_WEBHOOK_ALLOW = '127.0.0.1';
  const seeded = await seededDatabase(`hindsight_bench_${docs}`, docs, { fresh: args.fresh, render: true });
  await seeded.db.$disconnect();
  const { db } = await import('@/lib/db/client');
  const { updateDocument } = await import('@/lib/documents/update-document');
  const { loadDocument, loadTarget, SYSTEM_ACTOR } = await import('@/lib/policies/loaders');
  const { createWebhook } = await import('@/lib/webhooks/manage-webhooks');
  const { deliverDue } = await import('@/lib/webhooks/deliver-due');
  const { queueReminders } = await import('@/lib/webhooks/queue-reminders');
  const { newDeliveryId } = await import('@/lib/webhooks/queue-events');

  let received = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/bench`;

  // Start clean: no webhooks, deliveries or reminders left by an earlier run.
  await db.webhookEndpoint.deleteMany({});
  await db.reminder.deleteMany({ where: { NOT: { key: { startsWith: 'notify.' } } } });
  const author = await db.user.upsert({
    where: { email: 'bench-webhooks@hindsight.local' },
    update: { role: 'admin' },
    create: { email: 'bench-webhooks@hindsight.local', name: 'Bench webhooks', role: 'admin' },
    select: { id: true, role: true },
  });
  const actor = { id: author.id, role: author.role };
  const targets = await db.document.findMany({
    where: { slug: { startsWith: 'bench-' }, deletedAt: null },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: saves * 2,
  });

  const saveEach = async (ids: { id: string }[]) => {
    const times: number[] = [];
    for (const { id } of ids) {
      const doc = await db.document.findUniqueOrThrow({
        where: { id },
        select: { version: true, title: true, body: true, status: true, tags: { select: { tag: { select: { name: true } } } } },
      });
      const t0 = performance.now();
      await updateDocument(actor, await loadDocument(SYSTEM_ACTOR, id), {
        baseVersion: doc.version,
        title: doc.title,
        body: `${doc.body}\n\nChecked again.`,
        tags: doc.tags.map((t) => t.tag.name),
        status: doc.status,
        message: 'bench',
      });
      times.push(performance.now() - t0);
    }
    return times;
  };

  const without = await saveEach(targets.slice(0, saves));
  console.log(`Save with no webhooks (${saves}):      ${percentiles(without)}`);
  const wiki = await loadTarget(SYSTEM_ACTOR, null);
  for (let i = 0; i < Number(args.endpoints); i++) {
    await createWebhook(actor, wiki, { projectSlug: null, url, description: 'bench', events: ['document.updated', 'action_item.created'] });
  }
  const withHooks = await saveEach(targets.slice(saves, saves * 2));
  console.log(`Save with ${args.endpoints} webhooks (${saves}):      ${percentiles(withHooks)}`);

  // Sending: what the saves queued, topped up with test events to the number asked for.
  const endpoints = await db.webhookEndpoint.findMany({ select: { id: true } });
  const queued = await db.webhookDelivery.count();
  const more = Math.max(0, Number(args.deliveries) - queued);
  await db.webhookDelivery.createMany({
    data: Array.from({ length: more }, (_, i) => ({
      id: newDeliveryId(),
      endpointId: endpoints[i % endpoints.length]!.id,
      eventType: 'webhook.ping',
      payload: {
        type: 'webhook.ping',
        timestamp: new Date().toISOString(),
        data: { webhook: { id: endpoints[i % endpoints.length]!.id } },
      },
    })),
  });
  const total = await db.webhookDelivery.count();
  const t0 = performance.now();
  await deliverDue();
  const seconds = (performance.now() - t0) / 1000;
  const attempts = (await db.webhookDelivery.findMany({ select: { durationMs: true } })).map((d) => d.durationMs ?? 0);
  const delivered = await db.webhookDelivery.count({ where: { status: 'delivered' } });
  console.log(
    `Sent ${delivered.toLocaleString()} of ${total.toLocaleString()} deliveries in ${seconds.toFixed(1)} s: ${(delivered / seconds).toFixed(0)} deliveries/s (receiver got ${received})`,
  );
  console.log(`  each attempt (sign, check address, POST, answer): ${percentiles(attempts)}`);

  // The reminder sweep over the whole corpus.
  await db.webhookEndpoint.updateMany({
    data: { events: ['document.review_due', 'model_card.monitoring_review_due', 'action_item.overdue'] },
  });
  // A thousand pages whose review date came yesterday (put back to next half-year afterwards).
  const due = (await db.document.findMany({ where: { slug: { startsWith: 'bench-' } }, select: { id: true }, take: 1000 })).map(
    (d) => d.id,
  );
  await db.document.updateMany({ where: { id: { in: due } }, data: { reviewBy: new Date(Date.now() - 86_400_000) } });
  for (let sweep = 1; ; sweep++) {
    const s0 = performance.now();
    const reminded = await queueReminders();
    console.log(
      `Reminder sweep ${sweep} over the corpus: ${reminded.toLocaleString()} deliveries queued in ${((performance.now() - s0) / 1000).toFixed(2)} s`,
    );
    if (reminded === 0) break;
  }
  await db.document.updateMany({ where: { id: { in: due } }, data: { reviewBy: new Date(Date.now() + 182 * 86_400_000) } });

  await db.webhookEndpoint.deleteMany({});
  await db.reminder.deleteMany({ where: { NOT: { key: { startsWith: 'notify.' } } } });
  receiver.close();
  await db.$disconnect();
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
