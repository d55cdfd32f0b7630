import { describe, expect, it } from 'vitest';
import { POST as verifyRoute } from '@/app/api/documents/[id]/verify/route';
import { PUT as updateRoute } from '@/app/api/documents/[id]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { listNeedsReview } from './list-needs-review';

const overdue = new Date('2026-01-01T00:00:00Z');

async function overdueRunbook(projectSlug: string | null = null) {
  const owner = await makeUser('Owner', 'editor');
  const { id } = await createDocument(owner, {
    kind: 'runbook',
    projectSlug,
    title: unique('Stale runbook'),
    body: 'x',
    tags: [],
    status: 'published',
    reviewBy: overdue,
  });
  return { owner, id };
}

describe('reviews', () => {
  it('new documents get their kind’s review date', async () => {
    const owner = await makeUser('Owner', 'editor');
    const { id } = await createDocument(owner, {
      kind: 'runbook',
      projectSlug: null,
      title: unique('Fresh'),
      body: '',
      tags: [],
      status: 'published',
    });
    const { reviewBy, createdAt } = await db.document.findUniqueOrThrow({ where: { id } });
    // The day (midnight UTC) 90 days on: between 89 and 90 days ahead, whatever the time of day.
    const ahead = reviewBy!.getTime() - createdAt.getTime();
    expect(reviewBy!.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(ahead).toBeGreaterThan(89 * 86_400_000 - 60_000);
    expect(ahead).toBeLessThanOrEqual(90 * 86_400_000);
  });

  it('editing does not count as a review; verifying records the version and leaves Needs review', async () => {
    const { owner, id } = await overdueRunbook();
    const cookie = await sessionCookie(owner);
    expect((await call(updateRoute, 'PUT', { baseVersion: 1, title: 'T', body: 'typo fixed' }, cookie, { id })).status).toBe(200);
    expect((await listNeedsReview(owner)).map((d) => d.id)).toContain(id);

    const res = await call(verifyRoute, 'POST', { note: 'checked the dashboards' }, cookie, { id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, version: 2 });
    const v = await db.verification.findFirstOrThrow({ where: { documentId: id } });
    expect(v).toMatchObject({ version: 2, verifiedById: owner.id, note: 'checked the dashboards' });
    expect((await listNeedsReview(owner)).map((d) => d.id)).not.toContain(id);
    expect(await db.revision.count({ where: { documentId: id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { targetId: id, action: 'document.verify' } })).toBe(1);
  });

  it('refuses viewers (403) and hides restricted documents from outsiders, in the list too', async () => {
    const project = await makeProject(unique('private'), 'restricted');
    const { id } = await overdueRunbook(project.slug);
    const viewer = await makeUser('Viewer', 'viewer');
    const outsider = await makeUser('Outsider', 'editor');
    const plain = await overdueRunbook();
    expect((await call(verifyRoute, 'POST', {}, await sessionCookie(viewer), { id: plain.id })).status).toBe(403);
    expect((await call(verifyRoute, 'POST', {}, await sessionCookie(outsider), { id })).status).toBe(404);
    expect((await listNeedsReview(outsider)).map((d) => d.id)).not.toContain(id);
    expect((await listNeedsReview(await makeUser('Admin', 'admin'))).map((d) => d.id)).toContain(id);
  });

  it('lists a model card whose monitoring review has passed, and drops it once a new date is set', async () => {
    const owner = await makeUser('Owner', 'editor');
    const now = new Date('2026-11-28T12:00:00Z');
    const monitoring = { metrics: ['PSI'], retrainingTrigger: 'monthly', nextReview: '2026-11-01' };
    const { id } = await createDocument(owner, {
      kind: 'model_card',
      projectSlug: null,
      title: unique('Card'),
      body: '',
      tags: [],
      status: 'published',
      fields: { monitoring },
    });
    const listed = (await listNeedsReview(owner, now)).find((d) => d.id === id);
    // Its own review date is a year away; only the monitoring review is overdue.
    expect(listed?.overdue).toEqual([{ reason: 'monitoring', due: new Date('2026-11-01') }]);

    // Verifying the page is not a monitoring review; setting the next date in the card is.
    const cookie = await sessionCookie(owner);
    expect((await call(verifyRoute, 'POST', {}, cookie, { id })).status).toBe(200);
    expect((await listNeedsReview(owner, now)).map((d) => d.id)).toContain(id);
    const fields = { monitoring: { ...monitoring, nextReview: '2027-02-01' } };
    expect((await call(updateRoute, 'PUT', { baseVersion: 1, title: 'Card', body: '', fields }, cookie, { id })).status).toBe(200);
    expect((await listNeedsReview(owner, now)).map((d) => d.id)).not.toContain(id);
  });
});
