// Publishing from a training run, through the API with a publish-scoped token: the first run
// creates the card, the same payload again writes nothing, a new version is a new revision that
// names the run, what people wrote survives, and bad numbers are refused with the field named.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createTokenRoute } from '@/app/api/account/tokens/route';
import { PUT as publishRoute } from '@/app/api/v1/projects/[slug]/model-cards/[model]/versions/[version]/route';
import { db } from '@/lib/db/client';
import { updateDocument } from '@/lib/documents/update-document';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, callApi } from '@/test/http';

let project: { id: string; slug: string };
let token: string;
let person: Awaited<ReturnType<typeof makeUser>>;

const tokenFor = async (user: { id: string }, scopes: string[]) =>
  String((await call(createTokenRoute, 'POST', { name: unique('run'), scopes }, await sessionCookie(user))).body?.token);

const payload = (auc: number, run = '101') => ({
  pipeline: 'github-actions',
  run: { id: run, url: `https://ci.example/runs/${run}` },
  stage: 'staging',
  metrics: [{ name: 'AUC', value: auc, threshold: '≥ 0.80' }],
  results: [{ metric: 'Recall in top decile', slice: 'age 65+', value: 0.37, low: 0.33, high: 0.41 }],
});

const publish = (body: unknown, version = '1.3', model = 'churn-risk', t = token) =>
  callApi(publishRoute, 'PUT', t, { slug: project.slug, model, version }, body);
const revisions = (id: string) =>
  db.revision.findMany({ where: { documentId: id }, orderBy: { version: 'asc' }, select: { message: true } });

beforeAll(async () => {
  project = await makeProject(unique('pub'));
  person = await makeUser('Pipeline owner', 'viewer');
  await addMember(project.id, person.id, 'editor');
  token = await tokenFor(person, ['publish']);
});

describe('publishing a model version from a run', () => {
  it('creates the card, then the same payload again changes nothing', async () => {
    const first = await publish(payload(0.83));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      created: true,
      changed: true,
      version: 1,
      path: `/w/${project.slug}/churn-risk`,
      missesThreshold: [],
    });
    const card = await db.document.findFirstOrThrow({
      where: { projectId: project.id, slug: 'churn-risk' },
      select: { id: true, kind: true, fields: true, body: true },
    });
    expect(card.kind).toBe('model_card');
    const template = await db.template.findUnique({ where: { name: 'model_card' }, select: { body: true } });
    expect(card.body).toBe(template?.body ?? ''); // the model-card template's outline, where there is one
    expect(card.fields).toMatchObject({
      metrics: [{ name: 'AUC', value: 0.83 }],
      versions: [{ version: '1.3', stage: 'staging', run: 'https://ci.example/runs/101' }],
    });

    const again = await publish(payload(0.83));
    expect(again.body).toMatchObject({ created: false, changed: false, version: 1 });
    expect(await revisions(card.id)).toHaveLength(1);
  });

  it('a new version is a new revision naming the run; what people wrote survives; a missed threshold is flagged', async () => {
    const card = await db.document.findFirstOrThrow({
      where: { projectId: project.id, slug: 'churn-risk' },
      select: { id: true, version: true, fields: true },
    });
    await updateDocument(person, await loaded(card.id), {
      baseVersion: card.version,
      title: 'Model card: churn-risk',
      body: 'Written by people.',
      tags: [],
      status: 'published',
      message: 'Intended use',
      fields: { ...(card.fields as object), intendedUses: ['Retention offers only'] },
    });
    const next = await publish(payload(0.78, '102'), '1.4');
    expect(next.body).toMatchObject({ changed: true, missesThreshold: ['AUC'] });
    const now = await db.document.findUniqueOrThrow({ where: { id: card.id }, select: { body: true, status: true, fields: true } });
    expect(now.body).toBe('Written by people.');
    expect(now.status).toBe('published');
    expect(now.fields).toMatchObject({
      intendedUses: ['Retention offers only'],
      metrics: [{ name: 'AUC', value: 0.78, threshold: '≥ 0.80' }],
    });
    expect((now.fields as { versions: { version: string }[] }).versions.map((v) => v.version)).toEqual(['1.3', '1.4']);
    expect((await revisions(card.id)).at(-1)?.message).toBe('Published version 1.4 from github-actions run 102');
  });

  it('runs publishing to the same card at once all land, each as its own revision', async () => {
    const model = unique('busy-model');
    expect((await publish(payload(0.81, '200'), '1', model)).status).toBe(200);
    const results = await Promise.all(
      [0.82, 0.83, 0.84, 0.85].map((auc, i) => publish(payload(auc, String(201 + i)), String(2 + i), model)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const card = await db.document.findFirstOrThrow({ where: { projectId: project.id, slug: model }, select: { id: true, fields: true } });
    expect(await revisions(card.id)).toHaveLength(5);
    expect((card.fields as { versions: { version: string }[] }).versions.map((v) => v.version).sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses a confidence interval that runs backwards, naming the field, and writes nothing', async () => {
    const before = await db.revision.count({ where: { document: { projectId: project.id } } });
    const bad = await publish({ ...payload(0.9), results: [{ metric: 'Recall', slice: 'all', value: 0.5, low: 0.6, high: 0.4 }] }, '1.5');
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.body?.errors).toHaveProperty(['results.0.high']);
    expect(await db.revision.count({ where: { document: { projectId: project.id } } })).toBe(before);
  });

  it('takes the publish scope (or write); a read token is refused; an outsider is told nothing exists', async () => {
    expect((await publish(payload(0.9), '2.0', 'churn-risk', await tokenFor(person, ['read']))).status).toBe(403);
    expect((await publish(payload(0.9), '2.0', 'other-model', await tokenFor(person, ['write']))).status).toBe(200);
    const closed = await makeProject(unique('pub-closed'), 'restricted');
    const outsider = await tokenFor(await makeUser('Outsider', 'editor'), ['publish']);
    expect((await callApi(publishRoute, 'PUT', outsider, { slug: closed.slug, model: 'm', version: '1' }, payload(0.9))).status).toBe(404);
  });
});
