// The route handlers, called the way Next.js calls them, against the real database, with real
// session tokens: as each role, as an outsider, signed out, disabled, and from another site.
import { beforeAll, describe, expect, it } from 'vitest';
import { PUT } from '@/app/api/documents/[id]/route';
import { POST as create } from '@/app/api/documents/route';
import { POST as preview } from '@/app/api/preview/route';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/documents/schemas';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';

const noParams = { params: Promise.resolve({}) };
const ORIGIN = 'http://localhost';

function request(method: string, body: unknown, cookie: string, extra: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/documents`, {
    method,
    headers: { 'content-type': 'application/json', origin: ORIGIN, cookie, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

let editorCookie: string;
beforeAll(async () => {
  editorCookie = await sessionCookie(await makeUser('Editor', 'editor'));
});

async function createDoc(cookie = editorCookie, extra: object = {}) {
  const res = await create(request('POST', { kind: 'practice', title: unique('Handler doc'), body: 'first', ...extra }, cookie), noParams);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number; path: string };
}

describe('POST /api/documents', () => {
  it('creates a document, answers with a minimal object and records it in the audit log', async () => {
    const saved = await createDoc();
    expect(Object.keys(saved).sort()).toEqual(['id', 'path', 'version']);
    const event = await db.auditEvent.findFirst({ where: { targetId: saved.id, action: 'document.create' } });
    expect(event?.summary).toContain(saved.path);
  });

  it.each([
    ['an empty title', { kind: 'practice', title: '', body: 'x' }, 'title', 'Title is required'],
    [
      'a body over the limit',
      { kind: 'practice', title: 'Big', body: 'x'.repeat(LIMITS.bodyBytes + 1) },
      'body',
      'The body is larger than the 256 KiB limit',
    ],
    ['an unknown kind', { kind: 'poem', title: 'T', body: '' }, 'kind', 'Choose a kind'],
  ])('refuses %s with 422 and a field message, writing nothing', async (_n, body, field, message) => {
    const before = await db.document.count();
    const res = await create(request('POST', body, editorCookie), noParams);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { fields: Record<string, string> }).fields[field]).toBe(message);
    expect(await db.document.count()).toBe(before);
  });

  it('refuses a duplicate title-derived slug with 422', async () => {
    const title = unique('Same title');
    await create(request('POST', { kind: 'practice', title, body: '' }, editorCookie), noParams);
    const res = await create(request('POST', { kind: 'practice', title, body: '' }, editorCookie), noParams);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toMatch(/already exists/);
  });

  it('refuses malformed JSON and oversized requests without a 500', async () => {
    expect((await create(request('POST', '{not json', editorCookie), noParams)).status).toBe(422);
    expect((await create(request('POST', '[1,2]', editorCookie), noParams)).status).toBe(422);
    const huge = request('POST', { kind: 'practice', title: 'T', body: 'x'.repeat(4 * 1024 * 1024) }, editorCookie);
    expect((await create(huge, noParams)).status).toBe(413);
  });
});

describe('PUT /api/documents/:id', () => {
  it('saves on top of the current version, then answers 409 with the draft and the winner', async () => {
    const saved = await createDoc();
    const params = { params: Promise.resolve({ id: saved.id }) };
    const ok = await PUT(request('PUT', { baseVersion: 1, title: 'T', body: 'tab one' }, editorCookie), params);
    expect(ok.status).toBe(200);
    const stale = await PUT(request('PUT', { baseVersion: 1, title: 'T', body: 'tab two' }, editorCookie), params);
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: string; detail: { yours: { body: string }; current: { body: string; version: number } } };
    expect(body.error).toMatch(/Someone saved version 2/);
    expect(body.detail.yours.body).toBe('tab two');
    expect(body.detail.current).toMatchObject({ body: 'tab one', version: 2 });
  });

  it('answers 404 for an unknown document', async () => {
    const res = await PUT(request('PUT', { baseVersion: 1, title: 'T', body: '' }, editorCookie), {
      params: Promise.resolve({ id: 'nope' }),
    });
    expect(res.status).toBe(404);
  });

  it('takes the id from the URL, not from the body', async () => {
    const saved = await createDoc();
    const res = await PUT(request('PUT', { id: 'someone-else', baseVersion: 1, title: 'T', body: 'mine' }, editorCookie), {
      params: Promise.resolve({ id: saved.id }),
    });
    expect(res.status).toBe(200);
  });
});

describe('who may call the handlers', () => {
  it('refuses every handler without a session (401) and with a forged token', async () => {
    for (const cookie of ['', 'next-auth.session-token=forged.token.value']) {
      expect((await create(request('POST', { kind: 'practice', title: 'T', body: '' }, cookie), noParams)).status).toBe(401);
      expect(
        (await PUT(request('PUT', { baseVersion: 1, title: 'T', body: '' }, cookie), { params: Promise.resolve({ id: 'x' }) })).status,
      ).toBe(401);
      expect((await preview(request('POST', { body: 'x' }, cookie), noParams)).status).toBe(401);
    }
  });

  it('refuses a site viewer: 403 on create and update, and nothing changes', async () => {
    const viewer = await sessionCookie(await makeUser('Viewer', 'viewer'));
    const saved = await createDoc();
    expect((await create(request('POST', { kind: 'practice', title: unique('V'), body: '' }, viewer), noParams)).status).toBe(403);
    const res = await PUT(request('PUT', { baseVersion: 1, title: 'T', body: 'viewer text' }, viewer), {
      params: Promise.resolve({ id: saved.id }),
    });
    expect(res.status).toBe(403);
    expect((await db.document.findUniqueOrThrow({ where: { id: saved.id } })).body).toBe('first');
  });

  it('hides a restricted project from outsiders (404/422, never 403) and lets its editors write', async () => {
    const owner = await makeUser('Owner', 'viewer');
    const project = await makeProject(unique('secret'), 'restricted');
    await addMember(project.id, owner.id, 'editor');
    const memberCookie = await sessionCookie(owner);
    const saved = await createDoc(memberCookie, { projectSlug: project.slug });

    const outsider = await sessionCookie(await makeUser('Outsider', 'editor'));
    const put = await PUT(request('PUT', { baseVersion: 1, title: 'T', body: 'x' }, outsider), {
      params: Promise.resolve({ id: saved.id }),
    });
    expect(put.status).toBe(404);
    const post = await create(
      request('POST', { kind: 'runbook', title: unique('In secret'), body: '', projectSlug: project.slug }, outsider),
      noParams,
    );
    expect(post.status).toBe(422);
    expect(((await post.json()) as { fields: Record<string, string> }).fields.projectSlug).toBe('Unknown project');

    const res = await preview(
      request('POST', { body: `[[${project.slug}/${saved.path.split('/').pop()}]]`, projectSlug: null }, outsider),
      noParams,
    );
    expect(((await res.json()) as { html: string }).html).toContain('wikilink-broken');
  });

  it('signs out a disabled user on their very next request', async () => {
    const user = await makeUser('Soon disabled', 'editor');
    const cookie = await sessionCookie(user);
    expect((await preview(request('POST', { body: 'x' }, cookie), noParams)).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await preview(request('POST', { body: 'x' }, cookie), noParams)).status).toBe(401);
  });

  it('refuses state changes from another site (CSRF)', async () => {
    const res = await create(
      request('POST', { kind: 'practice', title: unique('X'), body: '' }, editorCookie, { origin: 'https://evil.example' }),
      noParams,
    );
    expect(res.status).toBe(403);
    const res2 = await create(
      request('POST', { kind: 'practice', title: unique('X'), body: '' }, editorCookie, { origin: '', 'sec-fetch-site': 'cross-site' }),
      noParams,
    );
    expect(res2.status).toBe(403);
  });
});

describe('POST /api/preview', () => {
  it('renders through the sanitizing pipeline and marks broken wikilinks', async () => {
    const res = await preview(request('POST', { body: '<script>x</script>\n\n[[Nowhere at all]]' }, editorCookie), noParams);
    const { html } = (await res.json()) as { html: string };
    expect(html).not.toContain('<script');
    expect(html).toContain('wikilink-broken');
  });
});
