// Access tokens on PostgreSQL, through their routes: made once and kept as a hash, accepted as
// Bearer on /api/v1 only, narrowed by scope, stopped by expiry, revocation and a disabled person,
// rate limited with Retry-After, and audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POST as createTokenRoute } from '@/app/api/account/tokens/route';
import { DELETE as revokeTokenRoute } from '@/app/api/account/tokens/[id]/route';
import { GET as documentsRoute } from '@/app/api/documents/[id]/export/route';
import { GET as projectRoute } from '@/app/api/v1/projects/[slug]/route';
import { GET as projectsRoute } from '@/app/api/v1/projects/route';
import { guarded } from '@/lib/auth/guard';
import { db } from '@/lib/db/client';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, callApi } from '@/test/http';
import { hashToken } from './token-format';

let person: Awaited<ReturnType<typeof makeUser>>;
let cookie: string;
let open: { slug: string };
let closed: { id: string; slug: string };

const make = async (scopes: string[], extra: Record<string, unknown> = {}, as = cookie) => {
  const res = await call(createTokenRoute, 'POST', { name: unique('pipeline'), scopes, ...extra }, as);
  return res as { status: number; body: { id: string; token: string; prefix: string } & Record<string, unknown> };
};

beforeAll(async () => {
  person = await makeUser('Token person', 'editor');
  cookie = await sessionCookie(person);
  open = await makeProject(unique('tok-open'));
  closed = await makeProject(unique('tok-closed'), 'restricted');
});

describe('access tokens', () => {
  it('is shown once with an hs_ prefix, stored only as its hash, and audited', async () => {
    const { status, body } = await make(['read']);
    expect(status).toBe(201);
    expect(body.token).toMatch(/^hs_/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.hash).toBe(hashToken(body.token));
    expect(JSON.stringify(row)).not.toContain(body.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(89 * 24 * 3600 * 1000);
    expect(await db.auditEvent.count({ where: { action: 'token.create', targetId: body.id } })).toBe(1);
  });

  it('reads /api/v1 as its person: the projects they may read, a restricted one only as a member', async () => {
    const { body } = await make(['read']);
    const list = await callApi(projectsRoute, 'GET', body.token);
    expect(list.status).toBe(200);
    const slugs = (list.body!.items as { slug: string }[]).map((p) => p.slug);
    expect(slugs).toContain(open.slug);
    expect(slugs).not.toContain(closed.slug);
    expect((await callApi(projectRoute, 'GET', body.token, { slug: closed.slug })).status).toBe(404);
    await addMember(closed.id, person.id, 'viewer');
    expect((await callApi(projectRoute, 'GET', body.token, { slug: closed.slug })).status).toBe(200);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: body.id }, select: { lastUsedAt: true } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it.each([
    ['no token', null],
    ['a token of another shape', 'ghp_0123456789012345678901234567890123456789012'],
    ['an unknown hs_ token', `hs_${'x'.repeat(43)}`],
  ])('refuses %s with 401 problem details', async (_, token) => {
    const res = await callApi(projectsRoute, 'GET', token);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.stringContaining('Authorization: Bearer') });
  });

  it('takes no cookie on /api/v1, and no token anywhere else', async () => {
    const { body } = await make(['read']);
    expect((await callApi(projectsRoute, 'GET', null, {}, undefined, { cookie })).status).toBe(401);
    const elsewhere = await documentsRoute(
      new Request('http://localhost/api/documents/x/export', { headers: { authorization: `Bearer ${body.token}` } }),
      {
        params: Promise.resolve({ id: 'x' }),
      },
    );
    expect(elsewhere.status).toBe(401);
  });

  it('stops on the next request after revoking, at expiry, and when its person is disabled', async () => {
    const revoked = (await make(['read'])).body;
    expect((await callApi(projectsRoute, 'GET', revoked.token)).status).toBe(200);
    expect((await call(revokeTokenRoute, 'DELETE', {}, cookie, { id: revoked.id })).status).toBe(200);
    expect((await callApi(projectsRoute, 'GET', revoked.token)).status).toBe(401);
    expect(await db.auditEvent.count({ where: { action: 'token.revoke', targetId: revoked.id } })).toBe(1);

    const expired = (await make(['read'])).body;
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callApi(projectsRoute, 'GET', expired.token)).status).toBe(401);

    const other = await makeUser('Soon disabled', 'editor');
    const theirs = (await make(['read'], {}, await sessionCookie(other))).body;
    expect((await callApi(projectsRoute, 'GET', theirs.token)).status).toBe(200);
    await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect((await callApi(projectsRoute, 'GET', theirs.token)).status).toBe(401);
  });

  it('someone else’s token cannot be revoked (404)', async () => {
    const mine = (await make(['read'])).body;
    const stranger = await makeUser('Stranger', 'editor');
    expect((await call(revokeTokenRoute, 'DELETE', {}, await sessionCookie(stranger), { id: mine.id })).status).toBe(404);
  });

  it('scopes narrow what the person may do: a read token cannot write, a write token can', async () => {
    const writeRoute = guarded(z.object({}), { action: 'create-project' }, async () => ({ ok: true }));
    const reader = (await make(['read'])).body;
    const writer = (await make(['admin'], {}, await sessionCookie(await makeUser('Admin', 'admin')))).body;
    const refused = await callApi(writeRoute, 'POST', reader.token, {}, {});
    expect(refused.status).toBe(403);
    expect(refused.body?.detail).toContain('scopes (read)');
    expect((await callApi(writeRoute, 'POST', writer.token, {}, {})).status).toBe(200);
  });

  it.each([
    [{ scopes: [] }, 'scopes'],
    [{ scopes: ['everything'] }, 'scopes.0'],
    [{ scopes: ['read'], expiresInDays: 400 }, 'expiresInDays'],
    [{ scopes: ['read'], name: '' }, 'name'],
    [{ scopes: ['admin'] }, 'scopes'],
  ])('refuses %j, naming %s, and makes nothing', async (input, field) => {
    const before = await db.apiToken.count({ where: { userId: person.id } });
    const res = await call(createTokenRoute, 'POST', { name: 'x', ...input }, cookie);
    expect(res.status).toBe(422);
    expect(res.body?.fields).toHaveProperty([field]);
    expect(await db.apiToken.count({ where: { userId: person.id } })).toBe(before);
  });

  it('is rate limited per token with 429 and Retry-After', async () => {
    const { body } = await make(['read']);
    const { env } = await import('@/lib/env');
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i <= env().HINDSIGHT_TOKEN_RATE_LIMIT && last !== 429; i++) {
      const res = await callApi(projectsRoute, 'GET', body.token);
      last = res.status;
      retryAfter = res.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
