// Inputs an attacker (or an unlucky paste) sends through the real route handlers: each gets a
// 422 naming the field, nothing is written, and the server keeps answering others meanwhile.
import { beforeAll, describe, expect, it } from 'vitest';
import { PUT as updateDoc } from '@/app/api/documents/[id]/route';
import { POST as createDoc } from '@/app/api/documents/route';
import { GET as health } from '@/app/api/health/route';
import { POST as preview } from '@/app/api/preview/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

let cookie: string;
let doc: { id: string };
let userId: string;

beforeAll(async () => {
  const user = await makeUser('Bad Input', 'editor');
  userId = user.id;
  cookie = await sessionCookie(user);
  doc = await createDocument(user, {
    kind: 'runbook',
    projectSlug: null,
    title: unique('Runbook'),
    body: 'original body',
    tags: [],
    status: 'published',
  });
});

const unchanged = async () => {
  const row = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { version: true, body: true } });
  expect(row).toEqual({ version: 1, body: 'original body' });
};

const table = (columns: number) => `|${' a |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n|${' b |'.repeat(columns)}`;

describe('Markdown that no real page holds', () => {
  it.each([
    ['*a × 20,000', '*a'.repeat(20_000), /emphasis or code markers/],
    ['*a × 50,000', '*a'.repeat(50_000), /emphasis or code markers/],
    ['a 5,000-column table', table(5_000), /\| characters/],
    ['10,000 nested >', `${'>'.repeat(10_000)} x`, /nested more than 64 deep/],
    ['20,000 nested <div>', `${'<div>'.repeat(20_000)}x`, /HTML tags are nested/],
  ])('%s: preview and save are refused with 422, nothing is saved', async (_name, body, message) => {
    const shown = await call(preview, 'POST', { body }, cookie);
    expect(shown.status).toBe(422);
    expect((shown.body?.fields as Record<string, string>).body).toMatch(message);
    const saved = await call(updateDoc, 'PUT', { baseVersion: 1, title: 'Edited', body }, cookie, { id: doc.id });
    expect(saved.status).toBe(422);
    expect((saved.body?.fields as Record<string, string>).body).toMatch(message);
    await unchanged();
  });

  it('a link with a bad percent escape renders and saves', async () => {
    const shown = await call(preview, 'POST', { body: '[x](#%FF)' }, cookie);
    expect(shown.status).toBe(200);
    expect(shown.body?.html).toContain('href="#%FF"');
    const created = await call(createDoc, 'POST', { kind: 'practice', title: unique('Percent'), body: '[x](#%FF)' }, cookie);
    expect(created.status).toBe(201);
  });

  it('the health check answers while a long render is in flight', async () => {
    // About 256 KiB of short lists: allowed, and seconds of parsing.
    const long = '- item one\n- item **two**\n\nSome text.\n\n'.repeat(6_000).slice(0, 255 * 1024);
    const order: string[] = [];
    const rendering = call(preview, 'POST', { body: long }, cookie).then((r) => (order.push('preview'), r));
    // Let the preview reach its worker before asking for the health check.
    await new Promise((r) => setTimeout(r, 50));
    const healthy = await health().then((r) => (order.push('health'), r));
    expect(healthy.status).toBe(200);
    expect((await rendering).status).toBe(200);
    expect(order).toEqual(['health', 'preview']);
  });
});

describe('fields that cannot be stored', () => {
  it.each([
    ['a NUL byte in the title', { title: 'Run\u0000book', body: 'x' }, 'title'],
    ['a NUL byte in the body', { title: 'Runbook', body: 'a\u0000b' }, 'body'],
    ['a lone surrogate in the title', { title: 'Drift \uD800', body: 'x' }, 'title'],
    ['a lone surrogate in the body', { title: 'Runbook', body: 'x\uDFFF' }, 'body'],
    ['a lone surrogate in the message', { title: 'Runbook', body: 'x', message: 'why \uD83D' }, 'message'],
  ])('%s is a 422 naming the field', async (_name, input, field) => {
    const r = await call(updateDoc, 'PUT', { baseVersion: 1, ...input }, cookie, { id: doc.id });
    expect(r.status).toBe(422);
    expect(Object.keys(r.body?.fields as object)).toContain(field);
    await unchanged();
  });

  it('a base version of 2147483647 is a 422, not an integer overflow', async () => {
    const r = await call(updateDoc, 'PUT', { baseVersion: 2_147_483_647, title: 'T', body: 'x' }, cookie, { id: doc.id });
    expect(r.status).toBe(422);
    expect(r.body?.fields).toEqual({ baseVersion: 'This version number does not exist' });
    await unchanged();
  });

  it.each([['275760-09-13'], ['2026-13-45'], ['2026-02-30']])('a review date of %s is a 422 and creates nothing', async (reviewBy) => {
    const title = unique('Dated');
    const r = await call(createDoc, 'POST', { kind: 'practice', title, body: 'x', reviewBy }, cookie);
    expect(r.status).toBe(422);
    expect(Object.keys(r.body?.fields as object)).toEqual(['reviewBy']);
    expect(await db.document.count({ where: { title } })).toBe(0);
  });

  it('a structured field with a NUL byte is a 422 naming it', async () => {
    const r = await call(
      createDoc,
      'POST',
      { kind: 'retrospective', title: unique('Retro'), body: 'x', fields: { lessons: [{ text: 'bad\u0000lesson' }] } },
      cookie,
    );
    expect(r.status).toBe(422);
    expect(r.body?.fields).toHaveProperty(['fields.lessons.0.text']);
  });
});

describe('preview rate limit', () => {
  it('allows a minute’s worth of previews per person, then answers 429 with Retry-After', async () => {
    const other = await makeUser('Fast Typist', 'viewer');
    const mine = await sessionCookie(other);
    for (let i = 0; i < 120; i++) expect((await call(preview, 'POST', { body: `draft ${i}` }, mine)).status).toBe(200);
    const res = await preview(
      new Request('http://localhost/api/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie: mine },
        body: '{"body":"one more"}',
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else is not affected.
    expect((await call(preview, 'POST', { body: 'mine' }, cookie)).status).toBe(200);
    expect(userId).not.toBe(other.id);
  });
});
