// GET /api/documents: the pages changed lately, for the 404 page; only what the reader may read.
import { describe, expect, it } from 'vitest';
import { GET as recentDocs } from '@/app/api/documents/route';
import { createDocument } from '@/lib/documents/create-document';
import { call } from '@/test/http';
import { makeProject, makeUser, sessionCookie, unique } from '@/test/factories';

describe('GET /api/documents (recently updated)', () => {
  it('lists the newest pages the reader may read, never a restricted project’s, and at most `limit`', async () => {
    const writer = await makeUser('Recent Writer', 'admin');
    const viewer = await makeUser('Recent Viewer', 'viewer');
    const closed = await makeProject(unique('closed'), 'restricted');
    const page = (title: string, projectSlug: string | null) =>
      createDocument(writer, { kind: 'practice', projectSlug, title, body: 'Text.', tags: [], status: 'published' });
    const open = await page(unique('Open page'), null);
    const secret = await page(unique('Secret page'), closed.slug);

    const seen = await call(recentDocs, 'GET', {}, await sessionCookie(viewer), { limit: '20' });
    expect(seen.status).toBe(200);
    const paths = (seen.body as { items: { path: string }[] }).items.map((i) => i.path);
    expect(paths).toContain(open.path);
    expect(paths).not.toContain(secret.path);
    expect(secret.path).toContain(closed.slug);

    const two = await call(recentDocs, 'GET', {}, await sessionCookie(writer), { limit: '2' });
    expect((two.body as { items: unknown[] }).items).toHaveLength(2);
  });

  it('refuses a limit out of range with 422, and anyone not signed in with 401', async () => {
    const viewer = await makeUser('Recent Asker', 'viewer');
    expect((await call(recentDocs, 'GET', {}, await sessionCookie(viewer), { limit: '500' })).status).toBe(422);
    expect((await call(recentDocs, 'GET', {}, await sessionCookie(viewer), { limit: 'many' })).status).toBe(422);
    expect((await call(recentDocs, 'GET', {}, '')).status).toBe(401);
  });
});
