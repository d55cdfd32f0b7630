// Import on PostgreSQL through its route: the dry run, conflicts held back unless confirmed, the
// save path (revision, derived rows, outbox, audit), refusals that change nothing, and access.
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as importIntoProject } from '@/app/api/projects/[slug]/import/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { loadProject } from '@/lib/policies/loaders';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { upload } from '@/test/http';
import type { TImportResult } from './apply-import';
import { exportEntries } from './export-content';
import type { TImportPlan } from './plan-import';

type TUserRow = Awaited<ReturnType<typeof makeUser>>;
let project: { id: string; slug: string };
let editor: TUserRow;
let cookie: string;

const zipOf = (files: Record<string, string>) =>
  new File([zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])))], 'pages.zip');

async function exported(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const e of exportEntries(editor, { project: await loadProject(editor, project.slug) })) if ('text' in e) out[e.path] = e.text;
  return out;
}

const dryRun = async (file: File) => {
  const res = await upload(importIntoProject, { file, mode: 'dry-run' }, cookie, { slug: project.slug });
  expect(res.status).toBe(200);
  return (res.body as { plan: TImportPlan }).plan;
};
const actionOf = (plan: TImportPlan, file: string) => plan.items.find((i) => i.file === file);

beforeAll(async () => {
  project = await makeProject(unique('imp'));
  editor = await makeUser('Import editor', 'viewer');
  await addMember(project.id, editor.id, 'editor');
  cookie = await sessionCookie(editor);
  for (const slug of ['card', 'steady', 'busy']) {
    await createDocument(editor, {
      kind: 'model_card',
      projectSlug: project.slug,
      slug,
      title: `Card ${slug}`,
      body: 'v1',
      tags: [],
      status: 'published',
      fields: { decisions: [{ decision: 'Use XGBoost', rationale: 'Fast', decidedBy: 'Ana', date: '2026-01-10' }] },
    });
  }
});

describe('import into a project', () => {
  it('dry run: new, updated, unchanged, conflict and refused files, with file:line: field and # warnings; nothing written', async () => {
    const files = await exported();
    const base = `projects/${project.slug}`;
    // Edited in the wiki after the export: its file must not silently win.
    const busy = await db.document.findFirstOrThrow({ where: { projectId: project.id, slug: 'busy' }, select: { id: true } });
    await updateDocument(editor, await loaded(busy.id), { baseVersion: 1, title: 'Card busy', body: 'edited in the wiki', tags: [], status: 'published', message: '' });
    const sent = {
      ...files,
      [`${base}/card.md`]: files[`${base}/card.md`]!.replace('v1', 'v2 from the file'),
      [`${base}/busy.md`]: files[`${base}/busy.md`]!.replace('v1', 'v2 from the file'),
      [`${base}/new.md`]: '---\ntitle: New page\nkind: runbook\nfields:\n  firstActions:\n    - Post in #ml-oncall now\n---\nBody\n',
      [`${base}/bad.md`]: '---\ntitle: Bad\nkind: model_card\nfields:\n  decisions:\n    - decision: x\n      rationale: y\n      decidedBy: z\n      date: 2026-02-30\n---\n',
    };
    const before = await db.document.count({ where: { projectId: project.id } });
    const plan = await dryRun(zipOf(sent));
    expect(actionOf(plan, `${base}/card.md`)?.action).toBe('update');
    expect(actionOf(plan, `${base}/steady.md`)?.action).toBe('unchanged');
    expect(actionOf(plan, `${base}/busy.md`)).toMatchObject({ action: 'conflict', reason: expect.stringContaining('Changed in the wiki since') });
    expect(actionOf(plan, `${base}/new.md`)).toMatchObject({ action: 'create', warnings: expect.arrayContaining([expect.stringContaining('#ml-oncall now')]) });
    expect(actionOf(plan, `${base}/bad.md`)).toMatchObject({ action: 'refused', reason: `${base}/bad.md:9: fields.decisions.0.date: Use a date like 2026-03-31` });
    expect(plan.notes).toContainEqual(expect.stringContaining('project.md: left out'));
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(before);

    // Apply without confirming the conflict: it is skipped, the rest goes through the save path.
    const applied = await upload(importIntoProject, { file: zipOf(sent), mode: 'apply' }, cookie, { slug: project.slug });
    const result = (applied.body as { result: TImportResult }).result;
    expect(result.counts).toEqual({ created: 1, updated: 1, unchanged: 1, skipped: 1, refused: 1, failed: 0 });
    const busyNow = await db.document.findUniqueOrThrow({ where: { id: busy.id }, select: { body: true, version: true } });
    expect(busyNow).toEqual({ body: 'edited in the wiki', version: 2 });
    const card = await db.document.findFirstOrThrow({
      where: { projectId: project.id, slug: 'card' },
      select: { id: true, body: true, version: true, decisions: { select: { decision: true } }, revisions: { where: { version: 2 }, select: { message: true, authorId: true } } },
    });
    expect(card).toMatchObject({ body: 'v2 from the file', version: 2, decisions: [{ decision: 'Use XGBoost' }] });
    expect(card.revisions).toEqual([{ message: `Imported from ${base}/card.md`, authorId: editor.id }]);
    expect(await db.searchOutbox.count({ where: { documentId: card.id } })).toBeGreaterThan(0);
    const created = await db.document.findFirstOrThrow({ where: { projectId: project.id, slug: 'new' }, select: { fields: true, ownerId: true } });
    expect(created.fields).toMatchObject({ firstActions: ['Post in'] });
    expect(created.ownerId).toBe(editor.id);
    expect(await db.auditEvent.count({ where: { action: 'content.import', targetId: project.id } })).toBe(1);

    // Confirmed: the file's version becomes a new version on top of the wiki's.
    const confirmed = await upload(importIntoProject, { file: zipOf(sent), mode: 'apply', confirm: [`${base}/busy.md`] }, cookie, { slug: project.slug });
    expect((confirmed.body as { result: TImportResult }).result.counts.updated).toBe(1);
    const revisions = await db.revision.findMany({ where: { documentId: busy.id }, orderBy: { version: 'asc' }, select: { body: true } });
    expect(revisions.map((r) => r.body)).toEqual(['v1', 'edited in the wiki', 'v2 from the file']);
  });

  it.each([
    ['a path that climbs out', zipOf({ '../../evil.md': '---\ntitle: x\nkind: runbook\n---\n' }), /climb out/],
    ['a file that is neither Markdown nor zip', new File(['x'], 'photo.png'), /Markdown file/],
    ['a file over the upload limit', new File([new Uint8Array(21 * 1024 * 1024)], 'big.zip'), /too large/],
  ])('refuses %s with a clear error and writes nothing', async (_, file, message) => {
    const before = await db.document.count();
    const res = await upload(importIntoProject, { file, mode: 'apply' }, cookie, { slug: project.slug });
    expect([413, 422]).toContain(res.status);
    expect(String(res.body?.error)).toMatch(message);
    expect(await db.document.count()).toBe(before);
  });

  it('a restricted project’s imported page is never owned by someone outside it', async () => {
    const closed = await makeProject(unique('imp-members'), 'restricted');
    await addMember(closed.id, editor.id, 'editor');
    const outsider = await makeUser('Not a member', 'editor');
    const handle = unique('nm');
    await db.user.update({ where: { id: outsider.id }, data: { handle } });
    const file = new File([`---\ntitle: Members only\nkind: runbook\nowner: ${handle}\n---\nx\n`], 'members-only.md');
    const plan = (await upload(importIntoProject, { file, mode: 'dry-run' }, cookie, { slug: closed.slug })).body as { plan: TImportPlan };
    expect(plan.plan.items[0]?.warnings).toContainEqual(expect.stringContaining('is not a member of this restricted project'));
    await upload(importIntoProject, { file, mode: 'apply' }, cookie, { slug: closed.slug });
    const doc = await db.document.findFirstOrThrow({ where: { projectId: closed.id, slug: 'members-only' }, select: { ownerId: true } });
    expect(doc.ownerId).toBe(editor.id);
  });

  it('refuses an upload without a file or mode', async () => {
    const res = await upload(importIntoProject, { mode: 'later' }, cookie, { slug: project.slug });
    expect(res.status).toBe(422);
    expect(res.body?.fields).toMatchObject({ file: expect.any(String), mode: 'mode is dry-run or apply' });
  });

  it('a project viewer may not import; someone outside a restricted project is told it does not exist', async () => {
    const viewer = await makeUser('Import viewer', 'viewer');
    await addMember(project.id, viewer.id, 'viewer');
    const file = new File(['---\ntitle: x\nkind: runbook\n---\n'], 'x.md');
    expect((await upload(importIntoProject, { file, mode: 'dry-run' }, await sessionCookie(viewer), { slug: project.slug })).status).toBe(403);
    const closed = await makeProject(unique('imp-closed'), 'restricted');
    const outsider = await makeUser('Import outsider', 'editor');
    expect((await upload(importIntoProject, { file, mode: 'dry-run' }, await sessionCookie(outsider), { slug: closed.slug })).status).toBe(404);
  });
});
