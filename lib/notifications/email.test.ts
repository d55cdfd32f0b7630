// Notification email through a real SMTP server started in this process: a mention arrives with
// its link and an unsubscribe link that works without signing in; the digest gathers a day's
// notices into one message; a reader who lost access, or turned email off, gets nothing.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as addCommentRoute } from '@/app/api/documents/[id]/comments/route';
import { PUT as prefsRoute } from '@/app/api/account/notifications/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/[user]/[token]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, upload } from '@/test/http';
import { startSmtp } from '@/test/smtp-receiver';
import { sendDigests, sendNoticeEmails } from './send-emails';
import { unsubscribeToken } from './unsubscribe-token';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let transport: ReturnType<typeof nodemailer.createTransport>;
beforeAll(async () => {
  smtp = await startSmtp();
  transport = nodemailer.createTransport(smtp.url);
});
afterAll(() => smtp.close());

async function scene(visibility: 'internal' | 'restricted' = 'internal') {
  const project = await makeProject(unique('mail'), visibility);
  const writer = await makeUser('Wren Writer', 'editor');
  const reader = await makeUser('Rita Reader', 'viewer');
  await addMember(project.id, writer.id, 'editor');
  await addMember(project.id, reader.id, 'viewer');
  const handle = unique('rita').replace(/[^a-z0-9]/g, '');
  await db.user.update({ where: { id: reader.id }, data: { handle } });
  const page = await createDocument(writer, {
    kind: 'runbook',
    projectSlug: project.slug,
    title: unique('Mail page'),
    body: 'x',
    tags: [],
    status: 'published',
  });
  const mention = async (text = 'please look') =>
    expect((await call(addCommentRoute, 'POST', { body: `@${handle} ${text}` }, await sessionCookie(writer), { id: page.id })).status).toBe(
      201,
    );
  return { project, writer, reader, page, mention };
}
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

describe('notification email', () => {
  it('sends a mention at once, with its link and a one-click unsubscribe link', async () => {
    const { reader, page, mention } = await scene();
    await mention();
    expect(await sendNoticeEmails({ transport })).toBeGreaterThanOrEqual(1);
    const [mail] = mailsTo(reader.email);
    expect(mail!.subject).toMatch(/^Wren Writer mentioned you on "Mail page/);
    expect(mail!.text).toContain('please look');
    expect(mail!.text).toMatch(new RegExp(`${page.path}#comment-\\w+`));
    const token = unsubscribeToken(reader.id);
    expect(mail!.headers).toMatch(new RegExp(`List-Unsubscribe: <.*/api/unsubscribe/${reader.id}/${token}>`));
    expect(mail!.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail!.text).toContain(`/unsubscribe/${reader.id}/${token}`);
    expect(await db.notification.count({ where: { userId: reader.id, emailState: 'sent' } })).toBe(1);
    // Sent once: a second run finds nothing.
    expect(await sendNoticeEmails({ transport })).toBe(0);
    expect(mailsTo(reader.email)).toHaveLength(1);
  });

  it('stops all email by the unsubscribe link, signed out; a wrong token changes nothing', async () => {
    const { reader, mention } = await scene();
    const wrong = await upload(unsubscribeRoute, { 'List-Unsubscribe': 'One-Click' }, '', { user: reader.id, token: 'x'.repeat(32) });
    expect(wrong.status).toBe(404);
    const ok = await upload(unsubscribeRoute, { 'List-Unsubscribe': 'One-Click' }, '', {
      user: reader.id,
      token: unsubscribeToken(reader.id),
    });
    expect(ok.status).toBe(200);
    await mention();
    await sendNoticeEmails({ transport });
    expect(mailsTo(reader.email)).toHaveLength(0);
    // Still in the app.
    expect(await db.notification.count({ where: { userId: reader.id, type: 'mention' } })).toBe(1);
  });

  it('gathers a day’s email into one digest', async () => {
    const { reader, mention } = await scene();
    expect((await call(prefsRoute, 'PUT', { prefs: { 'page.changed': 'email' }, digest: true }, await sessionCookie(reader))).status).toBe(
      200,
    );
    await mention('first');
    await mention('second');
    await sendNoticeEmails({ transport });
    expect(mailsTo(reader.email)).toHaveLength(0);
    expect(await sendDigests({ transport })).toBe(0); // not a day old yet
    expect(await sendDigests({ transport, now: new Date(Date.now() + 25 * 3_600_000) })).toBeGreaterThanOrEqual(1);
    const digests = mailsTo(reader.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Hindsight: 2 things since yesterday');
    expect(digests[0]!.text).toContain('first');
    expect(digests[0]!.text).toContain('second');
  });

  it('sends nothing about a page its reader can no longer read, and nothing for a kind turned off', async () => {
    const { project, reader, mention } = await scene('restricted');
    await mention();
    await db.projectMember.delete({ where: { projectId_userId: { projectId: project.id, userId: reader.id } } });
    await sendNoticeEmails({ transport });
    expect(mailsTo(reader.email)).toHaveLength(0);
    expect(await db.notification.findFirst({ where: { userId: reader.id }, select: { emailState: true } })).toEqual({
      emailState: 'dropped',
    });

    const other = await scene();
    await call(prefsRoute, 'PUT', { prefs: { mention: 'off' }, digest: false }, await sessionCookie(other.reader));
    await other.mention();
    expect(await db.notification.count({ where: { userId: other.reader.id } })).toBe(0);
  });

  it('keeps an email for a retry while the mail server is down', async () => {
    const { reader, mention } = await scene();
    await mention();
    const down = nodemailer.createTransport('smtp://127.0.0.1:9');
    await sendNoticeEmails({ transport: down });
    const row = await db.notification.findFirstOrThrow({
      where: { userId: reader.id },
      select: { emailState: true, emailAttempts: true, emailError: true },
    });
    expect(row).toMatchObject({ emailState: 'due', emailAttempts: 1 });
    expect(row.emailError).toMatch(/ECONNREFUSED/);
    await db.notification.updateMany({ where: { userId: reader.id }, data: { emailAfter: new Date() } }); // the wait ends
    await sendNoticeEmails({ transport });
    expect(mailsTo(reader.email)).toHaveLength(1);
  });
});
