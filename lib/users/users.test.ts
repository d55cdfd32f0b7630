import { describe, expect, it } from 'vitest';
import { POST as inviteRoute } from '@/app/api/admin/invitations/route';
import { PATCH as updateUserRoute } from '@/app/api/admin/users/[id]/route';
import { POST as acceptRoute } from '@/app/api/invitations/accept/route';
import { verifyPassword } from '@/lib/auth/passwords';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { builtinEngine } from '@/lib/search/builtin/engine';
import { ZSearchQuery } from '@/lib/search/contract';
import { drainOutbox } from '@/lib/search/drain-outbox';
import { makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

describe('admin handlers', () => {
  it('refuses editors and viewers (403) and signed-out callers (401)', async () => {
    const target = await makeUser('Target', 'viewer');
    for (const role of ['editor', 'viewer'] as const) {
      const cookie = await sessionCookie(await makeUser(role, role));
      expect((await call(updateUserRoute, 'PATCH', { role: 'admin' }, cookie, { id: target.id })).status).toBe(403);
      expect((await call(inviteRoute, 'POST', { email: `${unique('x')}@t.test`, role: 'admin' }, cookie)).status).toBe(403);
    }
    expect((await call(updateUserRoute, 'PATCH', { role: 'admin' }, '', { id: target.id })).status).toBe(401);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('viewer');
  });

  it('changes roles, and disabling ends the user’s sessions at once', async () => {
    const admin = await sessionCookie(await makeUser('Admin', 'admin'));
    const target = await makeUser('Target', 'viewer');
    const targetCookie = await sessionCookie(target);
    expect((await call(updateUserRoute, 'PATCH', { role: 'editor', jobRole: 'data_scientist' }, admin, { id: target.id })).status).toBe(
      200,
    );
    expect((await call(updateUserRoute, 'PATCH', { disabled: true }, admin, { id: target.id })).status).toBe(200);
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ role: 'editor', jobRole: 'data_scientist', sessionVersion: 2 });
    expect(row.disabledAt).not.toBeNull();
    // Re-enabling does not bring back the old session: it was minted for sessionVersion 1.
    await call(updateUserRoute, 'PATCH', { disabled: false }, admin, { id: target.id });
    expect((await call(updateUserRoute, 'PATCH', {}, targetCookie, { id: target.id })).status).toBe(401);
    const actions = (await db.auditEvent.findMany({ where: { targetId: target.id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['user.role', 'user.role', 'user.disable', 'user.enable']);
  });

  it('moves the pages of a user whose job role changes to that role in search', async () => {
    const adminUser = await makeUser('Admin', 'admin');
    const author = await makeUser('Role Changer', 'editor');
    const title = unique('Role facet page');
    const { id } = await createDocument(author, {
      kind: 'practice',
      projectSlug: null,
      title,
      body: 'Text.',
      tags: [],
      status: 'published',
    });
    await drainOutbox(builtinEngine);
    const roleOf = async () => {
      const r = await builtinEngine.search(adminUser, ZSearchQuery.parse({ q: title, jobRole: ['lead'] }));
      return r.hits.some((h) => h.id === id);
    };
    expect(await roleOf()).toBe(false);
    expect((await call(updateUserRoute, 'PATCH', { jobRole: 'lead' }, await sessionCookie(adminUser), { id: author.id })).status).toBe(200);
    await drainOutbox(builtinEngine);
    expect(await roleOf()).toBe(true);
  });

  it('never leaves the site without an active admin', async () => {
    await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'editor' } });
    const onlyAdmin = await makeUser('Only admin', 'admin');
    const res = await call(updateUserRoute, 'PATCH', { role: 'viewer' }, await sessionCookie(onlyAdmin), { id: onlyAdmin.id });
    expect(res.status).toBe(422);
    expect(String(res.body?.error)).toMatch(/at least one active admin/);
  });

  it('invites: the link works exactly once, sets the password, and the token is stored only hashed', async () => {
    const admin = await sessionCookie(await makeUser('Admin', 'admin'));
    const email = `${unique('new')}@team.test`;
    const invited = await call(inviteRoute, 'POST', { email, role: 'editor' }, admin);
    expect(invited.status).toBe(201);
    const token = String(invited.body?.path).split('/').pop()!;
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0);

    const weak = await call(acceptRoute, 'POST', { token, name: 'New Person', password: 'short' }, '');
    expect(weak.status).toBe(422);
    expect((weak.body?.fields as Record<string, string>).password).toBe('Use at least 12 characters');

    expect((await call(acceptRoute, 'POST', { token, name: 'New Person', password: 'a long enough password' }, '')).status).toBe(200);
    const rows = await db.$queryRaw<
      { passwordHash: string; role: string }[]
    >`SELECT "passwordHash", role::text FROM "User" WHERE email = ${email}`;
    expect(rows[0]?.role).toBe('editor');
    expect(await verifyPassword(rows[0]!.passwordHash, 'a long enough password')).toBe(true);
    expect((await call(acceptRoute, 'POST', { token, name: 'Again', password: 'another long password' }, '')).status).toBe(422);
  });

  it('never returns password hashes through the default client', async () => {
    const user = await makeUser('Hashed', 'viewer');
    await db.$executeRaw`UPDATE "User" SET "passwordHash" = 'secret-hash' WHERE id = ${user.id}`;
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty('passwordHash');
  });
});
