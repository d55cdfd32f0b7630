// Webhooks end to end on a real database and a real HTTP receiver on 127.0.0.1: each event
// arrives signed per Standard Webhooks; an endpoint hears only about what its owner may read.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { deleteDocument, restoreDocument } from '@/lib/documents/delete-document';
import { updateDocument } from '@/lib/documents/update-document';
import { loadProject, loadTarget } from '@/lib/policies/loaders';
import { publishRun } from '@/lib/publishing/publish-run';
import { verifyDocument } from '@/lib/reviews/verify-document';
import { addMember, loaded, makeProject, makeUser, unique } from '@/test/factories';
import { startReceiver } from '@/test/webhook-receiver';
import { deliverDue } from './deliver-due';
import { WEBHOOK_EVENTS } from './events';
import { createWebhook } from './manage-webhooks';
import { PAYLOADS } from './payloads';
import { queueReminders } from './queue-reminders';

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await db.webhookEndpoint.deleteMany({ where: { url: { startsWith: receiver.url } } });
  await receiver.close();
});

type TBody = { type: string; timestamp: string; data: { document: { id: string; title: string; url: string }; [k: string]: unknown } };
const bodies = (secret: string, from = 0) =>
  receiver.received.slice(from).map((r) => new Webhook(secret).verify(r.body, r.headers) as TBody);

describe('webhook events', () => {
  it('sends each event to a local receiver, signed so the receiver can verify it', async () => {
    const admin = await makeUser('Hook admin', 'admin');
    const project = await makeProject(unique('hooks'));
    const { secret } = await createWebhook(admin, await loadTarget(admin, project.slug), {
      projectSlug: project.slug,
      url: receiver.url,
      description: 'all of them',
      events: [...WEBHOOK_EVENTS],
    });
    const from = receiver.received.length;

    // A retrospective with two action items, one long overdue.
    const retro = await createDocument(admin, {
      kind: 'retrospective',
      projectSlug: project.slug,
      title: unique('Churn retro'),
      body: 'What happened.',
      tags: [],
      status: 'published',
      fields: {
        actionItems: [
          { action: 'Add a drift alert', owner: 'Ana', due: '2020-01-10', status: 'open' },
          { action: 'Backfill labels', owner: 'Ben', status: 'open' },
        ],
      },
    });
    await updateDocument(admin, await loaded(retro.id), {
      baseVersion: 1,
      title: 'Churn retro, reviewed',
      body: 'What happened, and why.',
      tags: [],
      status: 'published',
      message: 'Backfill done',
      fields: {
        actionItems: [
          { action: 'Add a drift alert', owner: 'Ana', due: '2020-01-10', status: 'open' },
          { action: 'Backfill labels', owner: 'Ben', status: 'done' },
        ],
      },
    });
    await verifyDocument(admin, await loaded(retro.id), 'Still true');
    await deleteDocument(admin, await loaded(retro.id));
    await restoreDocument(admin, await loaded(retro.id, { deleted: true }));

    // A training run publishes a card whose AUC misses its threshold.
    const card = await publishRun(admin, await loadProject(admin, project.slug), {
      model: 'churn-risk',
      version: '2.0',
      pipeline: 'github-actions',
      run: { id: '77', url: 'https://ci.example/runs/77' },
      metrics: [{ name: 'AUC', value: 0.71, threshold: '≥ 0.80' }],
    });
    expect(card.missesThreshold).toEqual(['AUC']);

    // Review dates that have come: the sweep announces them (and the overdue action item) once.
    await db.document.update({ where: { id: retro.id }, data: { reviewBy: new Date('2021-01-01T00:00:00Z') } });
    // A card a training run creates is a draft until someone publishes it; drafts have no review dates due.
    await db.document.update({
      where: { id: card.id },
      data: { monitoringReviewBy: new Date('2021-02-01T00:00:00Z'), status: 'published' },
    });
    expect(await queueReminders()).toBeGreaterThanOrEqual(3);
    await deliverDue();

    const got = bodies(secret, from);
    const types = got.map((b) => b.type);
    expect(new Set(types)).toEqual(new Set(WEBHOOK_EVENTS));
    // Each body is exactly what the OpenAPI document's webhooks section says (payloads.ts).
    for (const body of got) {
      const parsed = PAYLOADS[body.type as keyof typeof PAYLOADS].safeParse(body);
      expect(parsed.error?.issues ?? [], body.type).toEqual([]);
    }
    // Every delivery has an id of its own, sent as webhook-id.
    const ids = receiver.received.slice(from).map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    // What changed, with links a person can follow.
    const updated = got.find((b) => b.type === 'document.updated')!;
    expect(updated.data).toMatchObject({
      document: { id: retro.id, title: 'Churn retro, reviewed', version: 2 },
      previousVersion: 1,
      message: 'Backfill done',
    });
    expect(String(updated.data.compareUrl)).toMatch(new RegExp(`/w/${project.slug}/.+/history/compare\\?from=1&to=2$`));
    expect(got.find((b) => b.type === 'action_item.done')!.data.actionItem).toMatchObject({ action: 'Backfill labels', status: 'done' });
    expect(got.filter((b) => b.type === 'action_item.overdue').map((b) => (b.data.actionItem as { action: string }).action)).toEqual([
      'Add a drift alert',
    ]);
    expect(got.find((b) => b.type === 'model_card.metric_below_threshold')!.data).toMatchObject({
      modelVersion: '2.0',
      pipeline: 'github-actions',
      metric: { name: 'AUC', value: 0.71, threshold: '≥ 0.80' },
    });
    // A signature made with another secret is refused by the receiver's check.
    const tampered = receiver.received[from]!;
    expect(() =>
      new Webhook('whsec_' + Buffer.from('another secret, 24 bytes!').toString('base64')).verify(tampered.body, tampered.headers),
    ).toThrow();

    // A second sweep announces nothing again.
    expect(await queueReminders()).toBe(0);
  });

  it('tells an endpoint only about pages its owner may read', async () => {
    const restricted = await makeProject(unique('secret'), 'restricted');
    const open = await makeProject(unique('open'));
    const owner = await makeUser('Wiki hook owner', 'admin');
    await createWebhook(owner, await loadTarget(owner, null), {
      projectSlug: null,
      url: receiver.url,
      description: '',
      events: ['document.created'],
    });
    // The owner stops being an admin: the restricted project is no longer theirs to read.
    await db.user.update({ where: { id: owner.id }, data: { role: 'editor' } });
    const writer = await makeUser('Member writer', 'editor');
    await addMember(restricted.id, writer.id, 'editor');
    const make = (slug: string) =>
      createDocument(writer, { kind: 'runbook', projectSlug: slug, title: unique('Page'), body: 'x', tags: [], status: 'published' });
    const hidden = await make(restricted.slug);
    const seen = await make(open.slug);
    const queued = await db.webhookDelivery.findMany({
      where: { endpoint: { ownerId: owner.id } },
      select: { payload: true },
    });
    const ids = queued.map((d) => (d.payload as TBody).data.document.id);
    expect(ids).toContain(seen.id);
    expect(ids).not.toContain(hidden.id);
    // A disabled owner's endpoints hear nothing more.
    await db.user.update({ where: { id: owner.id }, data: { disabledAt: new Date() } });
    await make(open.slug);
    expect(await db.webhookDelivery.count({ where: { endpoint: { ownerId: owner.id } } })).toBe(queued.length);
    await db.webhookEndpoint.deleteMany({ where: { ownerId: owner.id } });
  });
});
