// Typed relations on a real database: declared in fields and in Markdown, shown on both ends,
// resolved from the source's project, cut by the read rule at both ends, and gathered into a
// dataset's impact view and a project's graph.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, unique } from '@/test/factories';
import { impactOf } from './impact';
import { appliesToProject, incomingRelations, outgoingRelations } from './list-relations';
import { projectGraph } from './project-graph';
import { listDecisions } from '@/lib/structured/list-structured';

type TUser = Awaited<ReturnType<typeof makeUser>>;
let writer: TUser;
let reader: TUser; // a site viewer, not a member of the restricted project
let project: { id: string; slug: string };
let secret: { id: string; slug: string };
const page = async (by: TUser, kind: string, slug: string | null, title: string, fields: object, body = 'x') => {
  const made = await createDocument(by, {
    kind: kind as 'runbook',
    projectSlug: slug,
    title,
    body,
    tags: [],
    status: 'published',
    fields,
  });
  const row = await db.document.findUniqueOrThrow({ where: { id: made.id }, select: { id: true, slug: true, title: true } });
  return { ...row, path: made.path, project: slug ? { slug } : null };
};

let dataset: Awaited<ReturnType<typeof page>>;
let model: Awaited<ReturnType<typeof page>>;
let runbook: Awaited<ReturnType<typeof page>>;
let retro: Awaited<ReturnType<typeof page>>;
let hidden: Awaited<ReturnType<typeof page>>;

beforeAll(async () => {
  [writer, reader] = await Promise.all([makeUser('Rel writer', 'admin'), makeUser('Rel reader', 'viewer')]);
  project = await makeProject(unique('rel'));
  secret = await makeProject(unique('relsecret'), 'restricted');
  await addMember(secret.id, writer.id, 'editor');
  const title = unique('Payments ledger');
  dataset = await page(writer, 'dataset', project.slug, title, { sensitivity: 'personal' });
  // Another project has a page of the same title: relations from here must not reach it.
  const elsewhere = await makeProject(unique('relother'));
  await page(writer, 'dataset', elsewhere.slug, title, {});
  model = await page(writer, 'model_card', project.slug, unique('Ledger model'), {
    datasets: [{ name: title }, { name: 'A vendor feed without a page', use: 'evaluation' }],
  });
  runbook = await page(writer, 'runbook', project.slug, unique('Ledger runbook'), { operates: [model.slug] });
  retro = await page(writer, 'retrospective', project.slug, unique('Ledger retro'), {
    models: [{ model: model.slug, version: '2.0', relation: 'affected' }],
    decisions: [{ decision: 'Retrain weekly', rationale: 'Drift', decidedBy: 'Lead', date: '2026-10-01', supersedes: 'Retrain monthly' }],
    actionItems: [{ action: 'Add a drift alert', owner: 'Someone' }],
  });
  // A restricted page that operates the model: written in Markdown, by its full key.
  hidden = await page(writer, 'runbook', secret.slug, unique('Secret runbook'), {}, `We run [[operates::${project.slug}/${model.slug}]].`);
  await db.document.update({ where: { id: runbook.id }, data: { reviewBy: new Date('2001-01-01') } });
});

describe('relations', () => {
  it('declares relations from fields and shows them on both ends', async () => {
    const out = await outgoingRelations(writer, model);
    expect(out.map((r) => [r.type, r.target?.id ?? r.name])).toEqual([
      ['trained_on', dataset.id],
      ['evaluated_on', 'A vendor feed without a page'],
    ]);
    const into = await incomingRelations(writer, [model]);
    expect(into.map((r) => [r.type, r.source.id, r.version]).sort()).toEqual(
      [
        ['affected', retro.id, '2.0'],
        ['operates', hidden.id, ''],
        ['operates', runbook.id, ''],
      ].sort(),
    );
  });

  it('never shows a reader a relation from a page they may not read', async () => {
    const into = await incomingRelations(reader, [model]);
    expect(into.map((r) => r.source.id)).not.toContain(hidden.id);
    expect(into).toHaveLength(2);
  });

  it('reads [[type::Target]] in Markdown as a relation and an ordinary link', async () => {
    const links = await db.documentLink.findMany({ where: { sourceId: hidden.id }, select: { targetKey: true } });
    expect(links.map((l) => l.targetKey)).toEqual([`${project.slug}/${model.slug}`]);
    const plain = await page(writer, 'runbook', project.slug, unique('Plain'), {}, `See [[likes::${model.slug}]].`);
    expect(await db.relation.count({ where: { sourceId: plain.id } })).toBe(0);
  });

  it('gathers a dataset’s impact: direct, through its models, their decisions and open action items, flagging reviews due', async () => {
    const impact = await impactOf(writer, dataset);
    const groups = impact.groups.map((g) => [g.type, g.through, g.items.map((i) => i.id).sort()]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['trained_on', false, [model.id]],
        ['operates', true, [hidden.id, runbook.id].sort()],
        ['affected', true, [retro.id]],
      ]),
    );
    expect(groups).toHaveLength(3);
    const operates = impact.groups.find((g) => g.type === 'operates')!;
    expect(operates.items.find((i) => i.id === runbook.id)).toMatchObject({ needsReview: true, via: model.title });
    expect(impact.decisions.map((d) => d.decision)).toEqual(['Retrain weekly']);
    expect(impact.actionItems.map((a) => a.action)).toEqual(['Add a drift alert']);
    // The reader sees the same view without the restricted runbook.
    const theirs = await impactOf(reader, dataset);
    expect(theirs.groups.find((g) => g.type === 'operates')!.items.map((i) => i.id)).toEqual([runbook.id]);
  });

  it('shows a superseded decision on the page it was made, and practices on the project they apply to', async () => {
    const into = await incomingRelations(writer, [retro]);
    expect(into).toEqual([expect.objectContaining({ type: 'supersedes', detail: 'Retrain monthly\u001fRetrain weekly' })]);
    // The decision log marks the earlier decision (recorded on the page it names), for readers of the later one.
    const earlier = await page(writer, 'retrospective', project.slug, unique('Earlier retro'), {
      decisions: [{ decision: 'Retrain MONTHLY', rationale: 'Cheap', decidedBy: 'Lead', date: '2026-01-01' }],
    });
    await page(writer, 'retrospective', secret.slug, unique('Later secret retro'), {
      decisions: [
        {
          decision: 'Retrain daily',
          rationale: 'Drift',
          decidedBy: 'Lead',
          date: '2026-11-01',
          supersedes: 'retrain monthly',
          supersedesPage: `${project.slug}/${earlier.slug}`,
        },
      ],
    });
    const log = (who: TUser) => listDecisions(who, { project: project.slug });
    const marked = (await log(writer)).find((d) => d.decision === 'Retrain MONTHLY')!;
    expect(marked.supersededBy).toMatchObject({ decision: 'Retrain daily' });
    expect((await log(reader)).find((d) => d.decision === 'Retrain MONTHLY')!.supersededBy).toBeNull();
    const practice = await page(writer, 'practice', null, unique('Ledger practice'), { projects: [project.slug] });
    expect((await appliesToProject(reader, project.slug)).map((p) => p.id)).toEqual([practice.id]);
  });

  it('draws a project’s graph with pages outside it dashed, and only what the reader may read', async () => {
    const graph = await projectGraph(writer, project);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([dataset.id, model.id, runbook.id, retro.id, hidden.id]));
    expect(graph.nodes.find((n) => n.id === hidden.id)!.outside).toBe(true);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: model.id, to: dataset.id, type: 'trained_on', version: '' },
        { from: runbook.id, to: model.id, type: 'operates', version: '' },
        { from: hidden.id, to: model.id, type: 'operates', version: '' },
      ]),
    );
    const theirs = await projectGraph(reader, project);
    expect(theirs.nodes.map((n) => n.id)).not.toContain(hidden.id);
  });
});
