import { describe, expect, it } from 'vitest';
import { POST as searchRoute } from '@/app/api/search/route';
import { makeUser, sessionCookie } from '@/test/factories';
import { call } from '@/test/http';

describe('POST /api/search', () => {
  it('needs a session', async () => {
    expect((await call(searchRoute, 'POST', { q: 'drift' }, '')).status).toBe(401);
  });

  it('answers odd input with a result, never a 500', async () => {
    const cookie = await sessionCookie(await makeUser('Reader', 'viewer'));
    for (const body of [{ q: 'x'.repeat(10_000) }, { q: 42, page: -1, perPage: 'many' }, { kind: 'nope', tags: [{}] }, {}]) {
      const res = await call(searchRoute, 'POST', body, cookie);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: expect.any(Number), hits: expect.any(Array), facets: expect.any(Object) });
    }
  });
});
