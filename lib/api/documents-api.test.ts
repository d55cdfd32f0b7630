// /api/v1 documents with tokens: create, read with an ETag, update with If-Match (412 when stale,
// the current version in the answer), filters and cursor paging through the read rule, revisions.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createTokenRoute } from '@/app/api/account/tokens/route';
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from '@/app/api/v1/documents/[id]/route';
import { GET as revisionRoute } from '@/app/api/v1/documents/[id]/revisions/[version]/route';
import { GET as revisionsRoute } from '@/app/api/v1/documents/[id]/revisions/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/documents/route';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

type THandler = Parameters<typeof call>[0];
let project: { id: string; slug: string };
let writer: string;
let reader: string;

async function api(
  handler: THandler,
  method: string,
  token: string,
  opts: { params?: Record<string, string>; body?: unknown; query?: string; headers?: Record<string, string> } = {},
) {
  const res = await handler(
    new Request(`http://localhost/api/v1/documents${opts.query ? `?${opts.query}` : ''}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...opts.headers },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) },
  );
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

const tokenFor = async (user: { id: string }, scopes: string[]) =>
  String((await call(createTokenRoute, 'POST', { name: unique('api'), scopes }, await sessionCookie(user))).body?.token);

beforeAll(async () => {
  project = await makeProject(unique('api'));
  const editor = await makeUser('API editor', 'viewer');
  await addMember(project.id, editor.id, 'editor');
  writer = await tokenFor(editor, ['write']);
  reader = await tokenFor(editor, ['read']);
});

describe('/api/v1/documents', () => {
  it('creates, reads with an ETag, updates with If-Match, and answers a stale If-Match with 412 and the current version', async () => {
    const made = await api(createRoute, 'POST', writer, {
      body: { kind: 'runbook', projectSlug: project.slug, title: unique('API runbook'), body: '# Steps\n\nOne.' },
    });
    expect(made.status).toBe(201);
    const id = String(made.body.id);
    const read = await api(getRoute, 'GET', reader, { params: { id } });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toMatchObject({ version: 1, body: '# Steps\n\nOne.', project: project.slug, kind: 'runbook' });
    expect(String(read.body.html)).toContain('<h1');

    const title = String(read.body.title);
    const saved = await api(putRoute, 'PUT', writer, { params: { id }, headers: { 'if-match': '"1"' }, body: { title, body: 'Two.' } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);

    const stale = await api(putRoute, 'PUT', writer, { params: { id }, headers: { 'if-match': '"1"' }, body: { title, body: 'Three.' } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect(stale.body.current).toMatchObject({ version: 2 });
    const conflict = await api(putRoute, 'PUT', writer, { params: { id }, body: { title, body: 'Three.', baseVersion: 1 } });
    expect(conflict.status).toBe(409);
    const unguarded = await api(putRoute, 'PUT', writer, { params: { id }, body: { title, body: 'Three.' } });
    expect(unguarded.status).toBe(422);
    expect((await api(getRoute, 'GET', reader, { params: { id } })).body.body).toBe('Two.');

    const revisions = await api(revisionsRoute, 'GET', reader, { params: { id } });
    expect((revisions.body.items as { version: number }[]).map((r) => r.version)).toEqual([2, 1]);
    expect((await api(revisionRoute, 'GET', reader, { params: { id, version: '1' } })).body).toMatchObject({
      version: 1,
      body: '# Steps\n\nOne.',
    });

    expect(
      (await api(createRoute, 'POST', reader, { body: { kind: 'runbook', projectSlug: project.slug, title: 'Nope', body: '' } })).status,
    ).toBe(403);
    expect((await api(deleteRoute, 'DELETE', reader, { params: { id } })).status).toBe(403);
  });

  it('filters and pages with a cursor: every document once, newest first', async () => {
    const editor = await makeUser('Pager', 'editor');
    const tag = unique('pg');
    for (let i = 0; i < 5; i++) {
      await createDocument(editor, {
        kind: 'practice',
        projectSlug: project.slug,
        title: unique(`Paged ${i}`),
        body: 'x',
        tags: [tag],
        status: 'published',
      });
    }
    await createDocument(editor, {
      kind: 'runbook',
      projectSlug: project.slug,
      title: unique('Other kind'),
      body: 'x',
      tags: [tag],
      status: 'published',
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await api(listRoute, 'GET', reader, { query: `kind=practice&tag=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}` });
      expect(res.status).toBe(200);
      seen.push(...(res.body.items as { id: string; kind: string }[]).map((d) => d.kind + ':' + d.id));
      cursor = res.body.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen.every((s) => s.startsWith('practice:'))).toBe(true);
    expect((await api(listRoute, 'GET', reader, { query: 'kind=poem' })).status).toBe(422);
    expect((await api(listRoute, 'GET', reader, { query: 'cursor=nonsense' })).status).toBe(422);
  });

  it('lists nothing from a restricted project to someone outside it', async () => {
    const closed = await makeProject(unique('api-closed'), 'restricted');
    const owner = await makeUser('Closed owner', 'editor');
    await addMember(closed.id, owner.id, 'owner');
    await createDocument(owner, {
      kind: 'runbook',
      projectSlug: closed.slug,
      title: unique('Secret'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    const outsider = await tokenFor(await makeUser('API outsider', 'editor'), ['read']);
    const res = await api(listRoute, 'GET', outsider, { query: `project=${closed.slug}` });
    expect(res.body.items).toEqual([]);
    const member = await tokenFor(owner, ['read']);
    expect((await api(listRoute, 'GET', member, { query: `project=${closed.slug}` })).body.items).toHaveLength(1);
  });
});
