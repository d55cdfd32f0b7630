// Delivering through failures, on a real database and real sockets: a receiver that is down gets
// its deliveries once it is back; a worker killed mid-delivery loses none (the same webhook-id
// comes again); private addresses are refused when registering and on redirects; an endpoint that
// keeps failing is turned off and its owner told. Waits are for states, never for time: a retry's
// wait is ended by moving its time forward.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import { loadTarget, loadWebhook } from '@/lib/policies/loaders';
import { makeProject, makeUser, unique } from '@/test/factories';
import { closedPort, startReceiver } from '@/test/webhook-receiver';
import { deliverDue, MAX_ATTEMPTS, retryDelayS } from './deliver-due';
import { createWebhook, rollWebhookSecret, updateWebhook } from './manage-webhooks';
import { getWebhook, listTurnedOff, listWebhooks, resendDelivery, sendTestEvent } from './webhook-log';

const root = path.resolve(__dirname, '..', '..');
const made: string[] = [];
afterAll(() => db.webhookEndpoint.deleteMany({ where: { id: { in: made } } }));

async function endpointTo(url: string) {
  const admin = await makeUser('Delivery admin', 'admin');
  const project = await makeProject(unique('deliver'));
  const { id, secret } = await createWebhook(admin, await loadTarget(admin, project.slug), {
    projectSlug: project.slug,
    url,
    description: '',
    events: ['document.created'],
  });
  made.push(id);
  return { id, secret, admin, endpoint: await loadWebhook(admin, id) };
}

const delivery = (id: string) => db.webhookDelivery.findUniqueOrThrow({ where: { id } });
/** Ends the wait before the next attempt (or a dead worker's lease) now. */
const dueNow = (id: string) => db.webhookDelivery.update({ where: { id }, data: { availableAt: new Date() } });

describe('webhook delivery', () => {
  it('keeps trying a receiver that is down, and delivers once it is back', async () => {
    const port = await closedPort();
    const { id: endpointId, secret, endpoint } = await endpointTo(`http://127.0.0.1:${port}/hook`);
    const ping = await sendTestEvent(endpoint);
    await deliverDue();
    const failed = await delivery(ping.id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.availableAt.getTime()).toBeGreaterThan(Date.now()); // waits before trying again
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failuresInRow).toBe(1);

    const receiver = await startReceiver(port);
    try {
      receiver.answer({ status: 503 });
      await dueNow(ping.id);
      await deliverDue();
      expect(await delivery(ping.id)).toMatchObject({
        status: 'pending',
        attempts: 2,
        responseStatus: 503,
        lastError: 'HTTP 503: not now',
      });

      receiver.answer({ status: 204 });
      await dueNow(ping.id);
      await deliverDue();
      expect(await delivery(ping.id)).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 204, lastError: null });
      // The same message every time: one webhook-id, each attempt signed afresh.
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([ping.id, ping.id]);
      expect(new Webhook(secret).verify(receiver.received[1]!.body, receiver.received[1]!.headers)).toMatchObject({ type: 'webhook.ping' });
      expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failuresInRow).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it('waits longer after each failure, then gives up and keeps the delivery for a resend', async () => {
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayS(i + 1, () => 0.5));
    expect(waits).toEqual([10, 60, 300, 1800, 7200, 18000, 36000]);
    expect(retryDelayS(1, () => 0)).toBe(9);
    expect(retryDelayS(1, () => 1)).toBe(11);

    const port = await closedPort();
    const { endpoint } = await endpointTo(`http://127.0.0.1:${port}/hook`);
    const ping = await sendTestEvent(endpoint);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await dueNow(ping.id);
      await deliverDue({ disableAfter: { failures: 1000, hours: 0 } });
    }
    expect(await delivery(ping.id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    await resendDelivery(endpoint, ping.id);
    expect(await delivery(ping.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('loses nothing when the worker is killed mid-delivery: the same delivery comes again', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answer('hang'); // takes the request and never answers, so the worker is mid-delivery
      const { endpoint } = await endpointTo(receiver.url);
      const ping = await sendTestEvent(endpoint);
      const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'test/webhook-worker.ts'], {
        cwd: root,
        env: process.env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await receiver.until(1);
      child.kill('SIGKILL');
      await exited;
      // The dead worker's claim stands until its lease ends; the delivery is not lost, only waiting.
      const held = await delivery(ping.id);
      expect(held.status).toBe('pending');
      expect(held.claimedAt).not.toBeNull();

      receiver.answer({ status: 200 });
      await dueNow(ping.id); // the lease ends
      await deliverDue();
      expect(await delivery(ping.id)).toMatchObject({ status: 'delivered', claimedAt: null });
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([ping.id, ping.id]);
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it.each([
    ['http://10.0.0.7/hook', /10\.0\.0\.7 is a private address/],
    ['http://169.254.169.254/latest/meta-data', /linkLocal/],
    ['http://[::1]:8080/hook', /loopback/],
    ['http://192.168.1.20/hook', /private/],
    ['ftp://example.com/hook', /https:\/\//],
    ['http://user:pw@example.com/hook', /credentials/],
  ])('refuses to register %s, and writes nothing', async (url, reason) => {
    const admin = await makeUser('Refused admin', 'admin');
    const before = await db.webhookEndpoint.count();
    const attempt = createWebhook(admin, await loadTarget(admin, null), {
      projectSlug: null,
      url,
      description: '',
      events: ['document.created'],
    });
    await expect(attempt).rejects.toBeInstanceOf(Invalid);
    await expect(attempt).rejects.toMatchObject({ fields: { url: expect.stringMatching(reason) } });
    expect(await db.webhookEndpoint.count()).toBe(before);
  });

  it('refuses a redirect to a private address, and an address that now resolves inside', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answer({ redirect: 'http://10.1.2.3/steal' });
      const { id: endpointId, endpoint } = await endpointTo(receiver.url);
      const first = await sendTestEvent(endpoint);
      await deliverDue();
      expect(await delivery(first.id)).toMatchObject({ status: 'pending', responseStatus: null });
      expect((await delivery(first.id)).lastError).toMatch(/^Redirect refused: .*10\.1\.2\.3 is a private address/);
      // The address is checked again on every attempt, not only when it was registered.
      await db.webhookEndpoint.update({ where: { id: endpointId }, data: { url: 'http://172.16.0.9/hook' } });
      const second = await sendTestEvent(endpoint);
      await deliverDue();
      expect((await delivery(second.id)).lastError).toMatch(/172\.16\.0\.9 is a private address/);
      expect(receiver.received).toHaveLength(1); // only the first request, before its redirect
    } finally {
      await receiver.close();
    }
  });

  it('turns off an endpoint that keeps failing, tells its owner, and sends again once turned on', async () => {
    const port = await closedPort();
    const { id: endpointId, admin, endpoint } = await endpointTo(`http://127.0.0.1:${port}/hook`);
    const disableAfter = { failures: 3, hours: 0 };
    const pings = [await sendTestEvent(endpoint), await sendTestEvent(endpoint), await sendTestEvent(endpoint)];
    await deliverDue({ disableAfter, concurrency: 1 });
    const off = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(off.disabledAt).not.toBeNull();
    expect(off.disabledReason).toMatch(/^Turned off after 3 failed attempts in a row since .* Last error: .*ECONNREFUSED/);
    expect(await listTurnedOff(admin.id)).toEqual([expect.objectContaining({ id: endpointId })]);
    expect(await db.auditEvent.count({ where: { action: 'webhook.disable', targetId: endpointId } })).toBe(1);

    // While off, nothing is sent: a due delivery waits.
    const waiting = await sendTestEvent(endpoint);
    expect(await deliverDue({ disableAfter })).toBe(0);

    const receiver = await startReceiver(port);
    try {
      await updateWebhook(admin, endpoint, { id: endpointId, enabled: true });
      for (const p of pings) await dueNow(p.id);
      await deliverDue({ disableAfter });
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      expect(new Set(ids)).toEqual(new Set([...pings.map((p) => p.id), waiting.id]));
      expect(await listTurnedOff(admin.id)).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('rolls the secret: both secrets verify for the overlap, then only the new one; neither is ever read back', async () => {
    const receiver = await startReceiver();
    try {
      const { id: endpointId, secret: old, admin, endpoint } = await endpointTo(receiver.url);
      const { secret: next } = await rollWebhookSecret(admin, endpoint);
      expect(next).toMatch(/^whsec_/);
      expect(next).not.toBe(old);
      await sendTestEvent(endpoint);
      await deliverDue();
      const during = receiver.received.at(-1)!;
      expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
      for (const secret of [old, next]) expect(() => new Webhook(secret).verify(during.body, during.headers)).not.toThrow();

      // The overlap ends.
      await db.webhookEndpoint.update({ where: { id: endpointId }, data: { previousSecretUntil: new Date(Date.now() - 1000) } });
      await sendTestEvent(endpoint);
      await deliverDue();
      const after = receiver.received.at(-1)!;
      expect(() => new Webhook(next).verify(after.body, after.headers)).not.toThrow();
      expect(() => new Webhook(old).verify(after.body, after.headers)).toThrow();

      // What the pages read has no secret in it.
      const shown = JSON.stringify([await getWebhook(endpoint), await listWebhooks({}), await db.webhookEndpoint.findMany()]);
      expect(shown).not.toContain(old);
      expect(shown).not.toContain(next);
      expect(await db.auditEvent.count({ where: { action: 'webhook.update', targetId: endpointId } })).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
