// The route handlers, called the way Next.js calls them, against the real database.
import { describe, expect, it } from 'vitest';
import { PUT } from '@/app/api/documents/[id]/route';
import { POST as create } from '@/app/api/documents/route';
import { POST as preview } from '@/app/api/preview/route';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/documents/schemas';
import { unique } from '@/test/factories';

const noParams = { params: Promise.resolve({}) };
const json = (method: string, body: unknown) =>
  new Request('http://localhost/api/documents', {
    method,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function createDoc(title = unique('Handler doc')) {
  const res = await create(json('POST', { kind: 'practice', title, body: 'first' }), noParams);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number; path: string };
}

describe('POST /api/documents', () => {
  it('creates a document and answers with a minimal object', async () => {
    const saved = await createDoc();
    expect(Object.keys(saved).sort()).toEqual(['id', 'path', 'version']);
  });

  it.each([
    ['an empty title', { kind: 'practice', title: '', body: 'x' }, 'title', 'Title is required'],
    ['a body over the limit', { kind: 'practice', title: 'Big', body: 'x'.repeat(LIMITS.bodyBytes + 1) }, 'body', 'The body is larger than the 1 MiB limit'],
    ['an unknown kind', { kind: 'poem', title: 'T', body: '' }, 'kind', 'Choose a kind'],
  ])('refuses %s with 422 and a field message, writing nothing', async (_n, body, field, message) => {
    const before = await db.document.count();
    const res = await create(json('POST', body), noParams);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { fields: Record<string, string> }).fields[field]).toBe(message);
    expect(await db.document.count()).toBe(before);
  });

  it('refuses a duplicate title-derived slug with 422', async () => {
    const title = unique('Same title');
    await createDoc(title);
    const res = await create(json('POST', { kind: 'practice', title, body: '' }), noParams);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toMatch(/already exists/);
  });

  it('refuses malformed JSON and oversized requests without a 500', async () => {
    expect((await create(json('POST', '{not json'), noParams)).status).toBe(422);
    expect((await create(json('POST', '[1,2]'), noParams)).status).toBe(422);
    const huge = json('POST', { kind: 'practice', title: 'T', body: 'x'.repeat(4 * 1024 * 1024) });
    expect((await create(huge, noParams)).status).toBe(413);
  });
});

describe('PUT /api/documents/:id', () => {
  it('saves on top of the current version, then answers 409 with the draft and the winner', async () => {
    const saved = await createDoc();
    const params = { params: Promise.resolve({ id: saved.id }) };
    const ok = await PUT(json('PUT', { baseVersion: 1, title: 'T', body: 'tab one' }), params);
    expect(ok.status).toBe(200);
    const stale = await PUT(json('PUT', { baseVersion: 1, title: 'T', body: 'tab two' }), params);
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: string; detail: { yours: { body: string }; current: { body: string; version: number } } };
    expect(body.error).toMatch(/Someone saved version 2/);
    expect(body.detail.yours.body).toBe('tab two');
    expect(body.detail.current).toMatchObject({ body: 'tab one', version: 2 });
  });

  it('answers 404 for an unknown document', async () => {
    const res = await PUT(json('PUT', { baseVersion: 1, title: 'T', body: '' }), { params: Promise.resolve({ id: 'nope' }) });
    expect(res.status).toBe(404);
  });

  it('takes the id from the URL, not from the body', async () => {
    const saved = await createDoc();
    const res = await PUT(json('PUT', { id: 'someone-else', baseVersion: 1, title: 'T', body: 'mine' }), {
      params: Promise.resolve({ id: saved.id }),
    });
    expect(res.status).toBe(200);
  });
});

describe('POST /api/preview', () => {
  it('renders through the sanitizing pipeline and marks broken wikilinks', async () => {
    const res = await preview(
      new Request('http://localhost/api/preview', { method: 'POST', body: JSON.stringify({ body: '<script>x</script>\n\n[[Nowhere at all]]' }) }),
      noParams,
    );
    const { html } = (await res.json()) as { html: string };
    expect(html).not.toContain('<script');
    expect(html).toContain('wikilink-broken');
  });
});
