import { describe, expect, it } from 'vitest';
import { PUT as updateRoute } from '@/app/api/documents/[id]/route';
import { POST as createRoute } from '@/app/api/documents/route';
import { db } from '@/lib/db/client';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { listActionItems, listDecisions, listLessons } from './list-structured';

const fields = (tag: string) => ({
  period: { from: '2026-01-01', to: '2026-06-30' },
  decisions: [
    { decision: `Choose ${tag}`, rationale: 'It was faster', decidedBy: 'Mei Lin', date: '2026-02-01', modelVersion: `${tag}-model 2.0` },
  ],
  lessons: [{ text: `Lesson about ${tag}`, tags: [tag] }],
  actionItems: [
    { action: `Overdue ${tag} action`, owner: 'Jonah Okafor', due: '2026-01-15', status: 'open' },
    { action: `Done ${tag} action`, owner: 'Jonah Okafor', due: '2026-01-15', status: 'done' },
  ],
});

describe('structured retrospectives', () => {
  it('writes decisions, lessons and action items as rows, keeps them on body-only saves, replaces them on field saves', async () => {
    const tag = unique('t');
    const author = await makeUser('Author', 'editor');
    const cookie = await sessionCookie(author);
    const created = await call(
      createRoute,
      'POST',
      { kind: 'retrospective', title: unique('Retro'), body: 'Story.', fields: fields(tag) },
      cookie,
    );
    expect(created.status).toBe(201);
    const id = String(created.body?.id);

    expect((await listDecisions(author, { model: `${tag}-model` })).map((d) => d.decision)).toEqual([`Choose ${tag}`]);
    expect((await listLessons(author, { tag })).map((l) => l.text)).toEqual([`Lesson about ${tag}`]);
    const overdue = await listActionItems(author, { status: 'overdue', owner: 'jonah' }, new Date('2026-11-28'));
    expect(overdue.map((a) => a.action)).toContain(`Overdue ${tag} action`);
    expect(overdue.map((a) => a.action)).not.toContain(`Done ${tag} action`);

    // The Markdown editor sends no fields: they, and their rows, stay.
    expect((await call(updateRoute, 'PUT', { baseVersion: 1, title: 'Retro', body: 'Story, edited.' }, cookie, { id })).status).toBe(200);
    expect(await db.decision.count({ where: { documentId: id } })).toBe(1);
    const rev2 = await db.revision.findFirstOrThrow({ where: { documentId: id, version: 2 } });
    expect((rev2.fields as { lessons: { text: string }[] }).lessons[0]!.text).toBe(`Lesson about ${tag}`);

    const next = { ...fields(tag), decisions: [] };
    expect((await call(updateRoute, 'PUT', { baseVersion: 2, title: 'Retro', body: 'x', fields: next }, cookie, { id })).status).toBe(200);
    expect(await db.decision.count({ where: { documentId: id } })).toBe(0);
  });

  it('refuses invalid fields with 422 naming the field, and writes nothing', async () => {
    const cookie = await sessionCookie(await makeUser('Author', 'editor'));
    const before = await db.document.count();
    const bad = { decisions: [{ decision: 'X', decidedBy: 'Y', date: 'not a date' }] };
    const res = await call(createRoute, 'POST', { kind: 'retrospective', title: unique('Bad'), body: '', fields: bad }, cookie);
    expect(res.status).toBe(422);
    expect(res.body?.fields).toMatchObject({
      'fields.decisions.0.date': 'Use a date like 2026-03-31',
      'fields.decisions.0.rationale': 'Required',
    });
    expect(await db.document.count()).toBe(before);
  });

  it('shows nothing from a restricted project to outsiders, everything to members', async () => {
    const tag = unique('secret');
    const project = await makeProject(unique('restricted'), 'restricted');
    const member = await makeUser('Member', 'viewer');
    await addMember(project.id, member.id, 'editor');
    const res = await call(
      createRoute,
      'POST',
      { kind: 'retrospective', title: unique('Secret retro'), body: '', projectSlug: project.slug, fields: fields(tag) },
      await sessionCookie(member),
    );
    expect(res.status).toBe(201);
    const outsider = await makeUser('Outsider', 'editor');
    expect(await listDecisions(outsider, { model: tag })).toHaveLength(0);
    expect(await listLessons(outsider, { tag })).toHaveLength(0);
    expect((await listActionItems(outsider, { status: 'all' })).filter((a) => a.action.includes(tag))).toHaveLength(0);
    expect(await listDecisions(member, { model: tag })).toHaveLength(1);
  });

  it('puts model-card decisions in the same log, findable by the model’s name, and links the card to its runbook', async () => {
    const tag = unique('card');
    const author = await makeUser('Author', 'editor');
    const cookie = await sessionCookie(author);
    const decision = {
      decision: `Per-segment thresholds ${tag}`,
      rationale: 'Fairer challenge rates',
      decidedBy: 'Sara Lindqvist',
      date: '2026-09-12',
    };
    const body = {
      kind: 'model_card',
      title: `Model card: ${tag} scorer`,
      body: '',
      fields: { decisions: [decision], monitoring: { runbook: `${tag} runbook` } },
    };
    const res = await call(createRoute, 'POST', body, cookie);
    expect(res.status).toBe(201);
    const found = await listDecisions(author, { model: `${tag} scorer` });
    expect(found.map((d) => [d.decision, d.source.title])).toEqual([[decision.decision, body.title]]);
    expect(await db.documentLink.count({ where: { sourceId: String(res.body?.id), targetKey: `${tag} runbook` } })).toBe(1);
  });
});
