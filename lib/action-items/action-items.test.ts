// Action items that get done, on a real database through the real route: owners matched to
// people, ticking an item off as a new version (who and when), who may, stale lists refused,
// and the notices an assignee gets (given an item, due soon, overdue) once each.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as markRoute } from '@/app/api/documents/[id]/action-items/[position]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { queueDueNotices } from '@/lib/notifications/queue-due-notices';
import { listActionItems } from '@/lib/structured/list-structured';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

type TUser = Awaited<ReturnType<typeof makeUser>>;
let project: { id: string; slug: string };
let lead: TUser; // edits the retrospective
let assignee: TUser; // a site viewer, member of the project: may tick off only their own items
let other: TUser; // another viewer member
let outsider: TUser; // may not read the restricted project

beforeAll(async () => {
  project = await makeProject(unique('actions'), 'restricted');
  [lead, assignee, other, outsider] = await Promise.all([
    makeUser(unique('Lena Lead'), 'editor'),
    makeUser(unique('Ari Assignee'), 'viewer'),
    makeUser(unique('Olga Other'), 'viewer'),
    makeUser(unique('Otto Outsider'), 'editor'),
  ]);
  await addMember(project.id, lead.id, 'editor');
  await addMember(project.id, assignee.id, 'viewer');
  await addMember(project.id, other.id, 'viewer');
});

type TItem = { action: string; owner: string; due?: string; status?: string };
const retro = (items: TItem[]) =>
  createDocument(lead, {
    kind: 'retrospective',
    projectSlug: project.slug,
    title: unique('Retro'),
    body: 'What we learned.',
    tags: [],
    status: 'published',
    fields: { actionItems: items },
  });
const rows = (documentId: string) =>
  db.actionItem.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    select: { action: true, assigneeId: true, status: true, doneBy: true, doneOn: true },
  });
const mark = async (who: TUser, id: string, position: number, action: string, status: 'done' | 'open') =>
  call(markRoute, 'POST', { action, status }, await sessionCookie(who), { id, position: String(position) });

describe('action items', () => {
  it('matches owners to people by name, handle or email, only when one person fits and may read the page', async () => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { email: true } })).email;
    const twin = unique('Twin');
    await Promise.all([makeUser(twin), makeUser(twin)]);
    const doc = await retro([
      { action: 'By name', owner: assignee.name.toUpperCase() },
      { action: 'By email', owner: email },
      { action: 'By handle', owner: `@${email.split('@')[0]}` },
      { action: 'Two people fit', owner: twin },
      { action: 'Cannot read it', owner: outsider.name },
      { action: 'Nobody', owner: 'A contractor' },
    ]);
    expect((await rows(doc.id)).map((r) => r.assigneeId)).toEqual([assignee.id, other.id, other.id, null, null, null]);
  });

  it('lets the assignee tick their item off from the tracker: a new version saying who and when', async () => {
    const doc = await retro([{ action: 'Write the backfill check', owner: assignee.name, due: '2030-01-01' }]);
    const mine = await listActionItems(assignee, { status: 'open', mine: '1' });
    const row = mine.find((r) => r.documentId === doc.id)!;
    expect(row).toMatchObject({ position: 0, mayMark: true, assignee: assignee.name });

    const res = await mark(assignee, doc.id, 0, 'Write the backfill check', 'done');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, status: 'done' });
    const today = new Date().toISOString().slice(0, 10);
    const [item] = await rows(doc.id);
    expect(item).toMatchObject({ status: 'done', doneBy: assignee.name });
    expect(item!.doneOn?.toISOString().slice(0, 10)).toBe(today);
    const revision = await db.revision.findFirstOrThrow({
      where: { documentId: doc.id, version: 2 },
      select: { authorId: true, message: true, fields: true, body: true },
    });
    expect(revision).toMatchObject({ authorId: assignee.id, message: 'Marked done: Write the backfill check', body: 'What we learned.' });
    expect((revision.fields as { actionItems: { doneBy: string; doneOn: string }[] }).actionItems[0]).toMatchObject({
      doneBy: assignee.name,
      doneOn: `${today}T00:00:00.000Z`, // days in stored fields are midnight UTC, as due dates are
    });

    // Reopened by an editor of the project: who and when are cleared.
    expect((await mark(lead, doc.id, 0, 'Write the backfill check', 'open')).status).toBe(200);
    expect((await rows(doc.id))[0]).toMatchObject({ status: 'open', doneBy: '', doneOn: null });
    expect((await loaded(doc.id)).version).toBe(3);
  });

  it('refuses other readers, outsiders (as missing) and lists that changed since they were loaded, changing nothing', async () => {
    const doc = await retro([{ action: 'Assigned to Ari', owner: assignee.name }]);
    const other403 = await mark(other, doc.id, 0, 'Assigned to Ari', 'done');
    expect(other403.status).toBe(403);
    expect(String(other403.body?.error)).toMatch(/assigned to/);
    expect((await mark(outsider, doc.id, 0, 'Assigned to Ari', 'done')).status).toBe(404);
    const stale = await mark(assignee, doc.id, 0, 'An item that was renamed', 'done');
    expect(stale.status).toBe(409);
    expect((await mark(assignee, doc.id, 7, 'Assigned to Ari', 'done')).status).toBe(404);
    const bad = await mark(assignee, doc.id, 0, 'Assigned to Ari', 'finished' as 'done');
    expect(bad.status).toBe(422);
    expect(
      (
        await call(markRoute, 'POST', { action: 'x'.repeat(301), status: 'done' }, await sessionCookie(assignee), {
          id: doc.id,
          position: '0',
        })
      ).status,
    ).toBe(422);
    expect((await loaded(doc.id)).version).toBe(1);
    expect((await rows(doc.id))[0]!.status).toBe('open');
  });

  it('stamps who and when when an editor marks an item done in the editor, keeping what they typed', async () => {
    const doc = await retro([
      { action: 'First', owner: assignee.name },
      { action: 'Second', owner: assignee.name },
    ]);
    const current = await loaded(doc.id);
    await updateDocument(lead, current, {
      baseVersion: 1,
      title: current.title,
      body: 'What we learned.',
      tags: [],
      status: 'published',
      message: 'Closed two',
      fields: {
        actionItems: [
          { action: 'First', owner: assignee.name, status: 'done' },
          { action: 'Second', owner: assignee.name, status: 'done', doneBy: 'Ari, on the call', doneOn: '2026-11-30' },
        ],
      },
    });
    const [first, second] = await rows(doc.id);
    expect(first!.doneBy).toBe(lead.name);
    expect(second).toMatchObject({ doneBy: 'Ari, on the call', doneOn: new Date('2026-11-30') });
  });

  it('tells the assignee when an item is given to them, not who gave it to themselves', async () => {
    const doc = await retro([{ action: 'Given to Ari', owner: assignee.name, due: '2031-02-01' }]);
    const notes = await db.notification.findMany({ where: { documentId: doc.id }, select: { userId: true, type: true, data: true } });
    expect(notes.filter((n) => n.type === 'action_assigned')).toEqual([
      {
        userId: assignee.id,
        type: 'action_assigned',
        data: expect.objectContaining({
          by: lead.name,
          action: 'Given to Ari',
          due: '2031-02-01',
          path: expect.stringMatching(/#action-items$/),
        }),
      },
    ]);
    const own = await retro([{ action: 'Mine', owner: lead.name }]);
    expect(await db.notification.count({ where: { documentId: own.id, type: 'action_assigned' } })).toBe(0);
  });

  it('tells assignees once that an item is due soon or overdue, with two workers sweeping at once', async () => {
    const doc = await retro([
      { action: 'Due soon', owner: assignee.name, due: '2000-03-02' },
      { action: 'Overdue', owner: assignee.name, due: '2000-02-01' },
      { action: 'Later', owner: assignee.name, due: '2000-04-01' },
      { action: 'Done already', owner: assignee.name, due: '2000-02-01', status: 'done' },
    ]);
    const now = new Date('2000-03-01T09:00:00Z');
    await Promise.all([queueDueNotices(now), queueDueNotices(now)]);
    await queueDueNotices(now);
    const due = await db.notification.findMany({
      where: { documentId: doc.id, userId: assignee.id, type: { in: ['action_due_soon', 'action_overdue'] } },
      orderBy: { type: 'asc' },
      select: { type: true, data: true },
    });
    expect(due.map((n) => [n.type, (n.data as { action: string }).action, (n.data as { due: string }).due])).toEqual([
      ['action_due_soon', 'Due soon', '2000-03-02'],
      ['action_overdue', 'Overdue', '2000-02-01'],
    ]);
  });
});
