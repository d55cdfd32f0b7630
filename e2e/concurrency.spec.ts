// Two people at once on the embedded database: an admin and an outsider (no member of the
// restricted project) each send a few hundred interleaved requests in parallel — pages, search
// and the admin API. The database must keep their sessions apart: nothing the outsider may not
// read ever reaches the outsider, and every write is attributed to the person who made it.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PEOPLE, RESTRICTED } from './fixtures/people';
import { signInByApi } from './helpers';

const ROUNDS = 60; // per user, five requests a round
const PARALLEL = 4; // requests in flight per user

// Text only the admin (or a member of the restricted project) may see.
const SECRETS = [
  RESTRICTED.title,
  'days_to_chargeback',
  'Check every feature is known at decision time',
  RESTRICTED.name,
  PEOPLE.member.email,
  'Invite someone',
];

// The header names who the page was rendered for.
const signedInAs = (who: keyof typeof PEOPLE) => `title="${PEOPLE[who].email}"`;

async function signedIn(baseURL: string, who: keyof typeof PEOPLE): Promise<APIRequestContext> {
  const { ctx, ok } = await signInByApi(baseURL, PEOPLE[who].email, PEOPLE[who].password);
  expect(ok).toBe(true);
  const me = await ctx.get('/');
  expect(await me.text()).toContain(signedInAs(who));
  return ctx;
}

/** Runs `jobs` with at most `limit` in flight. */
async function inParallel(jobs: (() => Promise<void>)[], limit: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

test('an admin and an outsider at once: no response crosses over, every write keeps its author', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const admin = await signedIn(baseURL!, 'admin');
  const outsider = await signedIn(baseURL!, 'outsider');
  const idOf = async (ctx: APIRequestContext) => ((await (await ctx.get('/api/auth/session')).json()) as { user: { id: string } }).user.id;
  const [adminId, outsiderId] = [await idOf(admin), await idOf(outsider)];
  const search = { q: 'leaked labels chargeback' };

  const problems: string[] = [];
  const counts = { admin: 0, outsider: 0, adminWrites: 0 };
  const check = (who: 'admin' | 'outsider', what: string, status: number, expected: number[], text: string) => {
    counts[who] += 1;
    if (!expected.includes(status)) problems.push(`${who} ${what}: status ${status}, expected ${expected.join('/')}`);
    if (who === 'outsider') {
      for (const secret of SECRETS) if (text.includes(secret)) problems.push(`outsider ${what}: response carries "${secret}"`);
      if (text.includes(signedInAs('admin'))) problems.push(`outsider ${what}: served as the admin`);
      if (what === 'home' && !text.includes(signedInAs('outsider'))) problems.push('outsider home: not served as the outsider');
    } else if (what !== 'search' && !text.includes(signedInAs('admin'))) {
      problems.push(`admin ${what}: the page is not the admin's (status ${status})`);
    }
  };

  const adminJobs: (() => Promise<void>)[] = [];
  const outsiderJobs: (() => Promise<void>)[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const jobRole = i % 2 === 0 ? 'data_scientist' : 'ml_engineer';
    adminJobs.push(
      async () => {
        const r = await admin.get('/admin/users');
        check('admin', 'users page', r.status(), [200], await r.text());
      },
      async () => {
        const r = await admin.get(`/projects/${RESTRICTED.project}`);
        check('admin', 'restricted project', r.status(), [200], await r.text());
      },
      async () => {
        const r = await admin.post('/api/search', { data: search });
        const text = await r.text();
        check('admin', 'search', r.status(), [200], text);
        if (!text.includes(RESTRICTED.doc)) problems.push('admin search: the restricted page is missing');
      },
      async () => {
        const r = await admin.get(`/w/${RESTRICTED.project}/${RESTRICTED.doc}`);
        check('admin', 'restricted page', r.status(), [200], await r.text());
      },
      async () => {
        const r = await admin.patch(`/api/admin/users/${adminId}`, { data: { jobRole } });
        counts.admin += 1;
        if (r.status() === 200) counts.adminWrites += 1;
        else problems.push(`admin job-role change: status ${r.status()}`);
      },
    );
    outsiderJobs.push(
      async () => {
        const r = await outsider.get('/admin/users');
        check('outsider', 'users page', r.status(), [404], await r.text());
      },
      async () => {
        const r = await outsider.get(`/projects/${RESTRICTED.project}`);
        check('outsider', 'restricted project', r.status(), [404], await r.text());
      },
      async () => {
        const r = await outsider.post('/api/search', { data: search });
        check('outsider', 'search', r.status(), [200], await r.text());
      },
      async () => {
        const r = await outsider.get('/');
        check('outsider', 'home', r.status(), [200], await r.text());
      },
      async () => {
        const r = await outsider.patch(`/api/admin/users/${outsiderId}`, { data: { role: 'admin' } });
        check('outsider', 'self-promotion', r.status(), [403], await r.text());
      },
    );
  }
  await Promise.all([inParallel(adminJobs, PARALLEL), inParallel(outsiderJobs, PARALLEL)]);

  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  expect(counts).toEqual({ admin: ROUNDS * 5, outsider: ROUNDS * 5, adminWrites: ROUNDS });

  // The outsider is still an editor, and every role change in the audit log is the admin's.
  expect(await (await outsider.get('/')).text()).toMatch(/ · (<!-- -->)?editor</);
  const events = async (query: string) => {
    const html = await (await admin.get(`/admin/audit?action=user.role${query}`)).text();
    return Number(/(\d+)(?:<!-- -->)? event/.exec(html)?.[1]);
  };
  const [all, byAdmin, byOutsider] = [await events(''), await events(`&actor=${adminId}`), await events(`&actor=${outsiderId}`)];
  expect(all).toBeGreaterThan(0);
  expect({ byAdmin, byOutsider }).toEqual({ byAdmin: all, byOutsider: 0 });
  await admin.dispose();
  await outsider.dispose();
});
