// Comments on a real database, through the real routes: threads on a page or a section, replies,
// edits, deletes, resolving; Markdown sanitized like pages; bad input refused with nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { PATCH as editRoute, DELETE as deleteRoute } from '@/app/api/comments/[id]/route';
import { POST as resolveRoute } from '@/app/api/comment-threads/[id]/resolve/route';
import { POST as addRoute } from '@/app/api/documents/[id]/comments/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { GET as mentionableRoute } from '@/app/api/documents/[id]/mentionable/route';
import { listThreads } from './list-threads';

let doc: { id: string };
let other: { id: string };
let viewer: string;
let editor: string;
let owner: string;

beforeAll(async () => {
  const project = await makeProject(unique('talk'));
  const [v, e, o] = await Promise.all([
    makeUser('Vera Viewer', 'viewer'),
    makeUser('Eddie Editor', 'editor'),
    makeUser('Olga Owner', 'viewer'),
  ]);
  await addMember(project.id, o.id, 'owner');
  [viewer, editor, owner] = await Promise.all([sessionCookie(v), sessionCookie(e), sessionCookie(o)]);
  const page = { kind: 'runbook' as const, projectSlug: project.slug, tags: [], status: 'published' as const };
  doc = await createDocument(e, {
    ...page,
    title: unique('Talked about'),
    body: '## Rollback steps\n\nDo this.\n\n## Who to call\n\nThem.',
  });
  other = await createDocument(e, { ...page, title: unique('Elsewhere'), body: 'x' });
});

const add = (cookie: string, body: Record<string, unknown>, id = doc.id) => call(addRoute, 'POST', body, cookie, { id });
const threads = async () => listThreads(await loaded(doc.id));
const counts = async () => ({ threads: await db.commentThread.count(), comments: await db.comment.count() });

describe('comments', () => {
  it('lets a viewer start a thread on a section and an editor reply; the section is named', async () => {
    const started = await add(viewer, { body: 'Is step **2** still right?', anchor: 'rollback-steps' });
    expect(started.status).toBe(201);
    const reply = await add(editor, { body: 'Yes, checked today.', threadId: started.body?.threadId });
    expect(reply.status).toBe(201);
    const thread = (await threads()).find((t) => t.id === started.body?.threadId)!;
    expect(thread).toMatchObject({ anchor: 'rollback-steps', anchorText: 'Rollback steps', resolvedAt: null });
    expect(thread.comments.map((c) => [c.author.name, c.html])).toEqual([
      ['Vera Viewer', '<p>Is step <strong>2</strong> still right?</p>'],
      ['Eddie Editor', '<p>Yes, checked today.</p>'],
    ]);
  });

  it('sanitizes Markdown like a page, and keeps a comment’s headings from becoming anchors', async () => {
    const res = await add(viewer, {
      body: '# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))',
    });
    expect(res.status).toBe(201);
    const { html } = await db.comment.findUniqueOrThrow({ where: { id: String(res.body?.id) }, select: { html: true } });
    expect(html).not.toMatch(/<script|onerror|javascript:|\sid="/);
    expect(html).toContain('Title');
  });

  it('lets only the author edit, and marks the comment edited', async () => {
    const made = await add(viewer, { body: 'First words' });
    const id = String(made.body?.id);
    expect((await call(editRoute, 'PATCH', { body: 'Not mine to change' }, editor, { id })).status).toBe(403);
    expect((await call(editRoute, 'PATCH', { body: 'Better *words*' }, viewer, { id })).status).toBe(200);
    const row = await db.comment.findUniqueOrThrow({ where: { id }, select: { body: true, html: true, editedAt: true } });
    expect(row).toMatchObject({ body: 'Better *words*', html: '<p>Better <em>words</em></p>' });
    expect(row.editedAt).not.toBeNull();
  });

  it('deletes one’s own, or as a project owner someone else’s (audited); the place in the thread stays', async () => {
    const first = await add(viewer, { body: 'Delete me' });
    const second = await add(viewer, { body: 'And me' });
    expect((await call(deleteRoute, 'DELETE', {}, editor, { id: String(first.body?.id) })).status).toBe(403);
    expect((await call(deleteRoute, 'DELETE', {}, viewer, { id: String(first.body?.id) })).status).toBe(200);
    expect((await call(deleteRoute, 'DELETE', {}, owner, { id: String(second.body?.id) })).status).toBe(200);
    const rows = await db.comment.findMany({ where: { id: { in: [String(first.body?.id), String(second.body?.id)] } } });
    expect(rows.every((r) => r.deletedAt && r.body === '' && r.html === '')).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'comment.delete', targetId: doc.id } })).toBe(1);
    expect((await call(editRoute, 'PATCH', { body: 'back' }, viewer, { id: String(first.body?.id) })).status).toBe(404);
  });

  it('resolves and reopens: the starter or an editor, not another viewer; a reply reopens it; open threads come first', async () => {
    const started = await add(editor, { body: 'Resolve me' });
    const threadId = String(started.body?.threadId);
    expect((await call(resolveRoute, 'POST', { resolved: true }, viewer, { id: threadId })).status).toBe(403);
    expect((await call(resolveRoute, 'POST', { resolved: true }, editor, { id: threadId })).status).toBe(200);
    const listed = await threads();
    expect(listed.at(-1)!.id).toBe(threadId);
    expect(listed.at(-1)!.resolvedAt).not.toBeNull();
    await add(viewer, { body: 'Not quite', threadId });
    expect((await threads()).find((t) => t.id === threadId)!.resolvedAt).toBeNull();
  });

  it.each([
    ['an empty comment', { body: '   ' }, 422, /Write something/],
    ['10,001 characters', { body: 'a'.repeat(10_001) }, 422, /10,000/],
    ['a section the page does not have', { body: 'x', anchor: 'no-such-heading' }, 422, /no such section/],
    ['a reply to a thread on another page', { body: 'x', threadId: 'elsewhere' }, 404, /not on this page/],
    ['Markdown past the page limits', { body: '*a'.repeat(5000) }, 422, /emphasis or code markers/],
  ])('refuses %s and writes nothing', async (_, body, status, message) => {
    const before = await counts();
    const res = await add(viewer, body);
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body)).toMatch(message); // the message, or the field's message
    expect(await counts()).toEqual(before);
  });

  it('keeps a thread on its page: a reply sent to another page is refused', async () => {
    const started = await add(viewer, { body: 'Here' });
    const res = await add(viewer, { body: 'There', threadId: started.body?.threadId }, other.id);
    expect(res.status).toBe(404);
  });

  describe('mentions', () => {
    let secret: { id: string };
    let writer: string;
    let names: Record<'member' | 'outsider' | 'admin', string>;
    beforeAll(async () => {
      const project = await makeProject(unique('hush'), 'restricted');
      const w = await makeUser('Wanda Writer', 'editor');
      await addMember(project.id, w.id, 'editor');
      writer = await sessionCookie(w);
      const tag = unique('m').replace(/[^a-z0-9]/g, '');
      names = { member: `mina${tag}`, outsider: `otto${tag}`, admin: `ada${tag}` };
      const member = await db.user.create({
        data: { email: `${names.member}@x.test`, name: `Mina ${tag}`, role: 'viewer', handle: names.member },
      });
      await addMember(project.id, member.id, 'viewer');
      await db.user.create({ data: { email: `${names.outsider}@x.test`, name: `Otto ${tag}`, role: 'editor' } }); // no handle: his email's
      await db.user.create({ data: { email: `${names.admin}@x.test`, name: `Ada ${tag}`, role: 'admin', handle: names.admin } });
      secret = await createDocument(w, {
        kind: 'runbook',
        projectSlug: project.slug,
        title: unique('Secret plan'),
        body: 'x',
        tags: [],
        status: 'published',
      });
    });

    const mentionsOf = async (id: unknown) =>
      (
        await db.commentMention.findMany({ where: { commentId: String(id) }, select: { user: { select: { handle: true, email: true } } } })
      ).map((m) => m.user.handle ?? m.user.email);

    it('records who a comment mentions, among people who may read the page; unknown names stay text', async () => {
      const res = await add(writer, { body: `@${names.member} and @${names.admin}: see @nobody${names.member}` }, secret.id);
      expect(res.status).toBe(201);
      expect((await mentionsOf(res.body?.id)).sort()).toEqual([names.admin, names.member].sort());
    });

    it('refuses to mention someone who cannot read the page, and writes nothing', async () => {
      const before = await counts();
      const res = await add(writer, { body: `Ping @${names.outsider}` }, secret.id);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).toContain(`@${names.outsider} cannot read this page`);
      expect(await counts()).toEqual(before);
    });

    it('updates mentions when a comment is edited', async () => {
      const made = await add(writer, { body: `@${names.member} please` }, secret.id);
      await call(editRoute, 'PATCH', { body: `@${names.admin} instead` }, writer, { id: String(made.body?.id) });
      expect(await mentionsOf(made.body?.id)).toEqual([names.admin]);
    });

    it('suggests only people who may read the page', async () => {
      const suggest = async (q: string) => {
        const res = await mentionableRoute(
          new Request(`http://localhost/api/documents/${secret.id}/mentionable?q=${q}`, { headers: { cookie: writer } }),
          { params: Promise.resolve({ id: secret.id }) },
        );
        return ((await res.json()) as { people: { handle: string }[] }).people.map((p) => p.handle);
      };
      expect(await suggest(names.member.slice(0, 6))).toContain(names.member);
      expect(await suggest(names.admin)).toEqual([names.admin]);
      expect(await suggest(names.outsider)).toEqual([]);
    });

    it('refuses a name that fits two people', async () => {
      const local = unique('sam').replace(/[^a-z0-9]/g, '');
      await db.user.create({ data: { email: `${local}@a.test`, name: 'Sam A', role: 'admin' } });
      await db.user.create({ data: { email: `${local}@b.test`, name: 'Sam B', role: 'admin' } });
      const res = await add(writer, { body: `@${local}?` }, secret.id);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).toContain('fits more than one person');
    });
  });
});
