// Bad input to the webhook routes, through the real handlers: each gets a 422 naming the field
// (or 404 for what is not there), nothing is written, and a place holds at most 20 webhooks.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as resendRoute } from '@/app/api/webhooks/[id]/deliveries/[delivery]/resend/route';
import { PATCH as patchRoute } from '@/app/api/webhooks/[id]/route';
import { POST as createRoute } from '@/app/api/webhooks/route';
import { db } from '@/lib/db/client';
import { makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

let cookie: string;
let project: { id: string; slug: string };
beforeAll(async () => {
  cookie = await sessionCookie(await makeUser('Hook checker', 'admin'));
  project = await makeProject(unique('badhooks'));
});

const good = () => ({ projectSlug: project.slug, url: 'http://127.0.0.1:9/hook', description: '', events: ['document.created'] });
const count = () => db.webhookEndpoint.count({ where: { projectId: project.id } });

describe('registering a webhook with bad input', () => {
  it.each([
    ['no events', { events: [] }, 'events', /at least one event/],
    ['an unknown event', { events: ['document.exploded'] }, 'events.0', /./],
    ['the ping, which is never chosen', { events: ['webhook.ping'] }, 'events.0', /./],
    ['13 events', { events: Array(13).fill('document.created') }, 'events', /./],
    ['no address', { url: '  ' }, 'url', /Enter the address/],
    ['an address of 2,001 characters', { url: `https://example.com/${'a'.repeat(1981)}` }, 'url', /2,000/],
    ['not an address', { url: 'hook me' }, 'url', /Not a web address/],
    ['a description of 501 characters', { description: 'd'.repeat(501) }, 'description', /500/],
    ['a project that does not exist', { projectSlug: 'no-such-project' }, 'projectSlug', /Unknown project/],
  ])('%s: 422, nothing written', async (_, change, field, message) => {
    const before = await count();
    const res = await call(createRoute, 'POST', { ...good(), ...change }, cookie);
    expect(res.status).toBe(422);
    expect((res.body?.fields as Record<string, string>)[field]).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses a 21st webhook in one place', async () => {
    for (let i = (await count()) + 1; i <= 20; i++) expect((await call(createRoute, 'POST', good(), cookie)).status).toBe(201);
    const res = await call(createRoute, 'POST', good(), cookie);
    expect(res.status).toBe(422);
    expect(res.body?.error).toMatch(/already has 20 webhooks/);
    expect(await count()).toBe(20);
  });

  it('refuses changes to an address inside the network, and keeps the old one', async () => {
    const hook = await db.webhookEndpoint.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true, url: true } });
    const res = await call(patchRoute, 'PATCH', { url: 'http://10.9.9.9/' }, cookie, { id: hook.id });
    expect(res.status).toBe(422);
    expect((res.body?.fields as Record<string, string>).url).toMatch(/private address/);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id }, select: { url: true } })).url).toBe(hook.url);
  });

  it('answers 404 for a delivery that is not in this webhook’s log', async () => {
    const hook = await db.webhookEndpoint.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
    const res = await call(resendRoute, 'POST', {}, cookie, { id: hook.id, delivery: 'msg_nope' });
    expect(res.status).toBe(404);
    await db.webhookEndpoint.deleteMany({ where: { projectId: project.id } });
  });
});
