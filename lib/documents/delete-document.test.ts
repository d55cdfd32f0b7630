import { describe, expect, it } from 'vitest';
import { DELETE as deleteRoute } from '@/app/api/documents/[id]/route';
import { POST as restoreRoute } from '@/app/api/documents/[id]/restore/route';
import { db } from '@/lib/db/client';
import { makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { createDocument } from './create-document';

describe('delete and restore', () => {
  it('lets the owner delete and restore; others get 403; everything is audited', async () => {
    const owner = await makeUser('Owner', 'editor');
    const { id } = await createDocument(owner, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Doomed'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    const otherEditor = await sessionCookie(await makeUser('Other', 'editor'));
    expect((await call(deleteRoute, 'DELETE', {}, otherEditor, { id })).status).toBe(403);

    const cookie = await sessionCookie(owner);
    expect((await call(deleteRoute, 'DELETE', {}, cookie, { id })).status).toBe(200);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await call(deleteRoute, 'DELETE', {}, cookie, { id })).status).toBe(404);
    expect((await call(restoreRoute, 'POST', {}, otherEditor, { id })).status).toBe(403);
    const restored = await call(restoreRoute, 'POST', {}, cookie, { id });
    expect(restored.status).toBe(200);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['document.create', 'document.delete', 'document.restore']);
  });
});
