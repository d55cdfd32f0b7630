// Watching and in-app notifications on a real database, through the real routes: who hears of a
// change, a comment and a mention, who does not (the one who did it, who unwatched, who can no
// longer read the page), and marking read.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as addCommentRoute } from '@/app/api/documents/[id]/comments/route';
import { POST as watchPageRoute } from '@/app/api/documents/[id]/watch/route';
import { POST as readRoute } from '@/app/api/notifications/read/route';
import { POST as watchProjectRoute } from '@/app/api/projects/[slug]/watch/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { listInbox, unreadCount } from './inbox';
import { queueDueNotices } from './queue-due-notices';

type TUser = Awaited<ReturnType<typeof makeUser>>;
let project: { id: string; slug: string };
let author: TUser;
let editor: TUser;
let watcher: TUser;
let cookie: Record<'author' | 'editor' | 'watcher', string>;

beforeAll(async () => {
  project = await makeProject(unique('notes'));
  [author, editor, watcher] = await Promise.all([
    makeUser('Ann Author', 'editor'),
    makeUser('Ed Editor', 'editor'),
    makeUser('Wes Watcher', 'viewer'),
  ]);
  cookie = { author: await sessionCookie(author), editor: await sessionCookie(editor), watcher: await sessionCookie(watcher) };
});

const newPage = (by: TUser = author, slug = project.slug) =>
  createDocument(by, { kind: 'runbook', projectSlug: slug, title: unique('Watched'), body: 'v1', tags: [], status: 'published' });
const save = async (by: TUser, id: string, message: string) => {
  const doc = await loaded(id);
  return updateDocument(by, doc, {
    baseVersion: doc.version,
    title: doc.title,
    body: `${message} body`,
    tags: [],
    status: 'published',
    message,
  });
};
const notes = (user: TUser, documentId: string) =>
  db.notification.findMany({
    where: { userId: user.id, documentId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, type: true, data: true },
  });

describe('notifications', () => {
  it('tells watchers of a new version, with the message and a link to the change; never the one who saved it', async () => {
    const page = await newPage();
    expect((await call(watchPageRoute, 'POST', { watching: true }, cookie.watcher, { id: page.id })).status).toBe(200);
    await save(editor, page.id, 'Added the rollback step');
    const [note] = await notes(watcher, page.id);
    expect(note).toMatchObject({
      type: 'page.changed',
      data: { by: 'Ed Editor', version: 2, message: 'Added the rollback step', path: `${page.path}/history/compare?from=1&to=2` },
    });
    expect(await notes(author, page.id)).toHaveLength(1); // the author follows what they wrote
    expect(await notes(editor, page.id)).toHaveLength(0); // not told of their own save…
    await save(author, page.id, 'Tidied');
    expect((await notes(editor, page.id)).map((n) => n.type)).toEqual(['page.changed']); // …but follows the page from then on
  });

  it('stops after unwatching, even when the person edits the page again', async () => {
    const page = await newPage();
    await call(watchPageRoute, 'POST', { watching: false }, cookie.author, { id: page.id });
    await save(author, page.id, 'My own edit');
    await save(editor, page.id, 'Another edit');
    expect(await notes(author, page.id)).toHaveLength(0);
  });

  it('tells a project’s watchers of new pages and changes, unless they unwatched that page', async () => {
    const other = await makeProject(unique('followed'));
    expect((await call(watchProjectRoute, 'POST', { watching: true }, cookie.watcher, { slug: other.slug })).status).toBe(200);
    const page = await newPage(author, other.slug);
    expect((await notes(watcher, page.id)).map((n) => n.type)).toEqual(['page.created']);
    await call(watchPageRoute, 'POST', { watching: false }, cookie.watcher, { id: page.id });
    await save(editor, page.id, 'Quiet change');
    expect(await notes(watcher, page.id)).toHaveLength(1);
  });

  it('tells watchers of comments, and a mentioned person of the mention instead', async () => {
    const page = await newPage();
    await call(watchPageRoute, 'POST', { watching: true }, cookie.watcher, { id: page.id });
    await db.user.update({ where: { id: watcher.id }, data: { handle: unique('wes').replace(/[^a-z0-9]/g, '') } });
    const { handle } = await db.user.findUniqueOrThrow({ where: { id: watcher.id }, select: { handle: true } });
    const res = await call(addCommentRoute, 'POST', { body: `@${handle} does step 2 still hold?` }, cookie.editor, { id: page.id });
    expect(res.status).toBe(201);
    expect((await notes(watcher, page.id)).map((n) => n.type)).toEqual(['mention']);
    expect((await notes(author, page.id)).map((n) => [n.type, (n.data as { excerpt: string }).excerpt])).toEqual([
      ['comment', `@${handle} does step 2 still hold?`],
    ]);
    expect(((await notes(author, page.id))[0]!.data as { path: string }).path).toBe(`${page.path}#comment-${String(res.body?.id)}`);
  });

  it('takes a page’s notices out of the inbox when its reader loses access, and tells them nothing more', async () => {
    const secret = await makeProject(unique('closed'), 'restricted');
    const member = await makeUser('Mo Member', 'viewer');
    await addMember(secret.id, member.id, 'viewer');
    await addMember(secret.id, author.id, 'editor');
    const page = await newPage(author, secret.slug);
    await call(watchPageRoute, 'POST', { watching: true }, await sessionCookie(member), { id: page.id });
    await save(author, page.id, 'Secret change');
    expect(await unreadCount(member)).toBe(1);
    expect((await listInbox(member)).map((n) => n.document.id)).toEqual([page.id]);

    await db.projectMember.delete({ where: { projectId_userId: { projectId: secret.id, userId: member.id } } });
    expect(await unreadCount(member)).toBe(0);
    expect(await listInbox(member)).toEqual([]);
    await save(author, page.id, 'Another secret change');
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(1); // nothing new written
  });

  it('marks one’s own notifications read, some or all, and never another person’s', async () => {
    const page = await newPage();
    await call(watchPageRoute, 'POST', { watching: true }, cookie.watcher, { id: page.id });
    await save(editor, page.id, 'One');
    await save(editor, page.id, 'Two');
    const [first] = await notes(watcher, page.id);
    const authors = await notes(author, page.id);
    // Someone else's ids are not theirs to mark.
    expect((await call(readRoute, 'POST', { ids: authors.map((n) => n.id) }, cookie.watcher)).body).toMatchObject({ marked: 0 });
    expect((await call(readRoute, 'POST', { ids: [first!.id] }, cookie.watcher)).body).toMatchObject({ marked: 1 });
    const before = await unreadCount(watcher);
    expect(before).toBeGreaterThan(0);
    expect((await call(readRoute, 'POST', { all: true }, cookie.watcher)).body).toMatchObject({ marked: before });
    expect(await unreadCount(watcher)).toBe(0);
    expect(await unreadCount(author)).toBeGreaterThan(0);
    expect((await call(readRoute, 'POST', { ids: [] }, cookie.watcher)).status).toBe(422);
  });

  it('tells a page’s owner once that its review date has come, with two workers sweeping at once', async () => {
    const page = await newPage();
    // Earlier than anything else in the test database, so the sweep's first batch has it.
    await db.document.update({
      where: { id: page.id },
      data: { reviewBy: new Date('2000-01-01T00:00:00Z'), monitoringReviewBy: new Date('2000-01-03T00:00:00Z') },
    });
    await Promise.all([queueDueNotices(), queueDueNotices()]);
    await queueDueNotices();
    const due = (await notes(author, page.id)).filter((n) => n.type.endsWith('due'));
    expect(due.map((n) => [n.type, (n.data as { due: string }).due])).toEqual([
      ['review_due', '2000-01-01'],
      ['monitoring_review_due', '2000-01-03'],
    ]);
    expect((due[0]!.data as { path: string }).path).toBe(page.path);
    // A new date (verified, then lapsed again) is told again.
    await db.document.update({ where: { id: page.id }, data: { reviewBy: new Date('2000-01-02T00:00:00Z') } });
    await queueDueNotices();
    expect((await notes(author, page.id)).filter((n) => n.type === 'review_due')).toHaveLength(2);
  });
});
