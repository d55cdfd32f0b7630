import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createProjectRoute } from '@/app/api/projects/route';
import { db } from '@/lib/db/client';
import { makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

beforeAll(async () => {
  for (const [name, kind, body] of [
    ['kickoff', 'practice', '## Data-feasibility assessment\n\n## Ethics and bias review\n\n## Roles'],
    ['model_card', 'model_card', '## Intended use'],
    ['runbook', 'runbook', '## First three actions'],
    ['retrospective', 'retrospective', '## What happened'],
  ] as const) {
    await db.template.upsert({ where: { name }, update: {}, create: { name, kind, title: name, body, sourceHash: 'test' } });
  }
});

describe('POST /api/projects', () => {
  it('creates the project with its creator as owner and scaffolds kickoff, model card, runbook and retrospective', async () => {
    const editor = await makeUser('Starter', 'editor');
    const name = unique('Demand forecasting');
    const res = await call(
      createProjectRoute,
      'POST',
      { name, description: 'Weekly SKU forecasts', visibility: 'restricted' },
      await sessionCookie(editor),
    );
    expect(res.status).toBe(201);
    const project = await db.project.findUniqueOrThrow({
      where: { slug: String(res.body?.slug) },
      select: {
        id: true,
        visibility: true,
        members: { select: { userId: true, role: true } },
        documents: { select: { slug: true, kind: true, status: true, ownerId: true }, orderBy: { slug: 'asc' } },
      },
    });
    expect(project.visibility).toBe('restricted');
    expect(project.members).toEqual([{ userId: editor.id, role: 'owner' }]);
    expect(project.documents.map((d) => [d.slug, d.kind, d.status])).toEqual([
      ['kickoff', 'practice', 'published'],
      ['model-card', 'model_card', 'draft'],
      ['retrospective', 'retrospective', 'draft'],
      ['runbook', 'runbook', 'draft'],
    ]);
    expect(project.documents.every((d) => d.ownerId === editor.id)).toBe(true);
    // The model card's monitoring block names the project's runbook, which lists it as linking there.
    const card = await db.document.findFirstOrThrow({
      where: { projectId: project.id, slug: 'model-card' },
      select: { fields: true, links: { select: { targetKey: true } } },
    });
    expect(card.fields).toMatchObject({ monitoring: { runbook: 'runbook' } });
    expect(card.links.map((l) => l.targetKey)).toContain('runbook');
    expect(await db.auditEvent.count({ where: { targetId: project.id, action: 'project.create' } })).toBe(1);
  });

  it('refuses viewers (403), duplicate slugs (422) and empty names (422), creating nothing', async () => {
    const before = await db.project.count();
    const viewer = await sessionCookie(await makeUser('Viewer', 'viewer'));
    expect((await call(createProjectRoute, 'POST', { name: unique('Nope') }, viewer)).status).toBe(403);
    const editor = await sessionCookie(await makeUser('Editor', 'editor'));
    const name = unique('Twice');
    expect((await call(createProjectRoute, 'POST', { name }, editor)).status).toBe(201);
    const again = await call(createProjectRoute, 'POST', { name }, editor);
    expect(again.status).toBe(422);
    expect((again.body?.fields as Record<string, string>).slug).toBe('Already taken');
    expect((await call(createProjectRoute, 'POST', { name: '  ' }, editor)).status).toBe(422);
    expect(await db.project.count()).toBe(before + 1);
  });

  it('never confirms that a restricted project the caller cannot read has a slug', async () => {
    const secret = unique('merger');
    await db.project.create({ data: { slug: secret, name: 'Secret merger', visibility: 'restricted' } });
    const outsider = await sessionCookie(await makeUser('Prober', 'editor'));
    for (const input of [{ name: secret }, { name: 'Anything', slug: secret }]) {
      const res = await call(createProjectRoute, 'POST', input, outsider);
      expect(res.status).toBe(201);
      expect(JSON.stringify(res.body)).not.toMatch(/already|exists|taken/i);
      expect(res.body?.slug).toMatch(new RegExp(`^${secret}-[0-9]+$`));
    }
    // A member (who can read it) is told plainly.
    const member = await makeUser('Member', 'editor');
    const project = await db.project.findUniqueOrThrow({ where: { slug: secret }, select: { id: true } });
    await db.projectMember.create({ data: { projectId: project.id, userId: member.id, role: 'viewer' } });
    const told = await call(createProjectRoute, 'POST', { name: 'Again', slug: secret }, await sessionCookie(member));
    expect(told).toMatchObject({ status: 422, body: { fields: { slug: 'Already taken' } } });
  });
});
