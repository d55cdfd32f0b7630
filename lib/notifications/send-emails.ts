import 'server-only';
// The worker's email: notices whose email is due are claimed for a lease (FOR UPDATE SKIP LOCKED),
// checked again (the person may have lost access to the page, or been disabled, since), and sent
// through SMTP; failures wait longer each time, five tries in all. People who chose the digest get
// one message a day with everything that waited. Every message carries an unsubscribe link
// (one-click, RFC 8058) and a link to the person's settings.
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { mailConfig } from '@/lib/env';
import { readsDocument } from '@/lib/policies/read-rule';
import { noticeText } from './notice-text';
import type { TNotificationType } from './preferences';
import { unsubscribeToken } from './unsubscribe-token';

const LEASE_S = 120;
const TRIES = 5;
const DIGEST_AFTER_H = 24;
/** Messages sent at once. */
const SENDERS = 4;

type TMailer = Pick<Transporter, 'sendMail'>;
let shared: TMailer | null | undefined;
/** The SMTP transport from SMTP_URL, or null when email is not set up. */
function mailer(): TMailer | null {
  if (shared === undefined) {
    const url = mailConfig().SMTP_URL;
    // One pool of a few connections, kept open between messages (a new connection per message
    // costs a handshake each); the URL's own pool settings win.
    shared = url
      ? nodemailer.createTransport(
          /[?&]pool=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}pool=true&maxConnections=${SENDERS}`,
        )
      : null;
  }
  return shared;
}

export const emailConfigured = () => Boolean(mailConfig().SMTP_URL);

const noticeSelect = {
  id: true,
  type: true,
  data: true,
  emailAttempts: true,
  user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
  document: {
    select: {
      title: true,
      slug: true,
      deletedAt: true,
      project: { select: { id: true, slug: true, visibility: true } },
    },
  },
} as const;

type TNotice = {
  id: string;
  type: string;
  data: unknown;
  emailAttempts: number;
  user: { id: string; email: string; name: string; role: 'admin' | 'editor' | 'viewer'; disabledAt: Date | null };
  document: {
    title: string;
    slug: string;
    deletedAt: Date | null;
    project: { id: string; slug: string; visibility: 'internal' | 'restricted' } | null;
  };
};

/** May this person still read the page? (Membership read now, not when the notice was written.) */
async function stillReads(n: TNotice): Promise<boolean> {
  if (n.user.disabledAt || n.document.deletedAt) return false;
  const project = n.document.project;
  const membership = project
    ? ((
        await db.projectMember.findUnique({
          where: { projectId_userId: { projectId: project.id, userId: n.user.id } },
          select: { role: true },
        })
      )?.role ?? null)
    : null;
  return readsDocument({ id: n.user.id, role: n.user.role }, { project: project ? { visibility: project.visibility, membership } : null });
}

function footer(base: string, userId: string) {
  const unsubscribe = `${base}/unsubscribe/${userId}/${unsubscribeToken(userId)}`;
  return {
    text: `\n\n--\nWhat reaches you by email: ${base}/account#notifications\nStop all email from Hindsight: ${unsubscribe}\n`,
    headers: {
      'List-Unsubscribe': `<${base}/api/unsubscribe/${userId}/${unsubscribeToken(userId)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

async function claimDue(batch: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "emailAfter" = now() + make_interval(secs => ${LEASE_S})
    WHERE id IN (SELECT id FROM "Notification" WHERE "emailState" = 'due' AND ("emailAfter" IS NULL OR "emailAfter" <= now())
                 ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** One notice's email: sent, dropped (no longer readable) or kept for a retry. True when sent. */
async function sendOne(transport: TMailer, n: TNotice, from: string, base: string): Promise<boolean> {
  if (!(await stillReads(n))) {
    await db.notification.update({ where: { id: n.id }, data: { emailState: 'dropped' }, select: { id: true } });
    return false;
  }
  const { subject, line } = noticeText(n.type as TNotificationType, n.data, n.document.title);
  const link = `${base}${(n.data as { path?: string }).path ?? documentPath(n.document.project?.slug, n.document.slug)}`;
  const foot = footer(base, n.user.id);
  try {
    await transport.sendMail({
      from,
      to: `${n.user.name} <${n.user.email}>`,
      subject,
      text: `${line}\n\n${link}${foot.text}`,
      headers: foot.headers,
    });
    await db.notification.update({
      where: { id: n.id },
      data: { emailState: 'sent', emailedAt: new Date(), emailError: null },
      select: { id: true },
    });
    return true;
  } catch (err) {
    const tries = n.emailAttempts + 1;
    await db.notification.update({
      where: { id: n.id },
      data: {
        emailAttempts: tries,
        emailState: tries >= TRIES ? 'failed' : 'due',
        emailAfter: new Date(Date.now() + 60_000 * 4 ** tries),
        emailError: (err instanceof Error ? err.message : String(err)).slice(0, 500),
      },
      select: { id: true },
    });
    return false;
  }
}

/** Sends the email of notices that are due, a few at a time. Returns how many were sent. */
export async function sendNoticeEmails({ transport = mailer(), batch = 20 }: { transport?: TMailer | null; batch?: number } = {}) {
  if (!transport) return 0;
  const { MAIL_FROM: from, NEXTAUTH_URL } = mailConfig();
  const base = NEXTAUTH_URL.replace(/\/+$/, '');
  let sent = 0;
  for (;;) {
    const ids = await claimDue(batch);
    if (ids.length === 0) return sent;
    const notices = (await db.notification.findMany({ where: { id: { in: ids } }, select: noticeSelect })) as TNotice[];
    const queue = [...notices];
    const sendNext = async (): Promise<void> => {
      const n = queue.shift();
      if (!n) return;
      if (await sendOne(transport, n, from, base)) sent++;
      return sendNext();
    };
    await Promise.all(Array.from({ length: Math.min(SENDERS, queue.length) }, sendNext));
  }
}

/**
 * The daily digest: for each person whose oldest waiting notice is a day old, one message with
 * all of them. The rows are locked while it is sent, so two workers never send it twice.
 */
export async function sendDigests({ transport = mailer(), now = new Date() }: { transport?: TMailer | null; now?: Date } = {}) {
  if (!transport) return 0;
  const { MAIL_FROM: from, NEXTAUTH_URL } = mailConfig();
  const base = NEXTAUTH_URL.replace(/\/+$/, '');
  const people = await db.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Notification" WHERE "emailState" = 'digest'
    GROUP BY "userId" HAVING min("createdAt") <= ${new Date(now.getTime() - DIGEST_AFTER_H * 3_600_000)}`;
  let sent = 0;
  for (const { userId } of people) {
    sent += await db.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Notification" WHERE "userId" = ${userId} AND "emailState" = 'digest' FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return 0;
        const notices = (await tx.notification.findMany({
          where: { id: { in: locked.map((l) => l.id) } },
          orderBy: { createdAt: 'asc' },
          select: noticeSelect,
        })) as TNotice[];
        const kept: TNotice[] = [];
        for (const n of notices) if (await stillReads(n)) kept.push(n);
        const ids = notices.map((n) => n.id);
        if (kept.length) {
          const user = kept[0]!.user;
          const lines = kept.map((n) => {
            const { line } = noticeText(n.type as TNotificationType, n.data, n.document.title);
            return `${n.document.title}\n  ${line}\n  ${base}${(n.data as { path?: string }).path ?? ''}`;
          });
          const foot = footer(base, user.id);
          await transport.sendMail({
            from,
            to: `${user.name} <${user.email}>`,
            subject: `Hindsight: ${kept.length} ${kept.length === 1 ? 'thing' : 'things'} since yesterday`,
            text: `${lines.join('\n\n')}${foot.text}`,
            headers: foot.headers,
          });
        }
        await tx.notification.updateMany({
          where: { id: { in: ids } },
          data: { emailState: 'sent', emailedAt: new Date() },
        });
        await tx.notification.updateMany({
          where: { id: { in: notices.filter((n) => !kept.includes(n)).map((n) => n.id) } },
          data: { emailState: 'dropped' },
        });
        return kept.length ? 1 : 0;
      },
      { timeout: 60_000 },
    );
  }
  return sent;
}
