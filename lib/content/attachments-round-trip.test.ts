// A page's attachments travel with it: an export writes them beside the page (<page>.files/) and
// links them there; an import stores them again and links the new copies. Importing the export
// back changes nothing; a file that could not be attached refuses its page and writes nothing.
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as serveRoute } from '@/app/api/attachments/[id]/route';
import { POST as importIntoProject } from '@/app/api/projects/[slug]/import/route';
import { saveAttachment } from '@/lib/attachments/save-attachment';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { loadProject } from '@/lib/policies/loaders';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { upload } from '@/test/http';
import type { TImportResult } from './apply-import';
import { exportEntries, type TEntry } from './export-content';
import type { TImportPlan } from './plan-import';

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);
const NOTES = new TextEncoder().encode('threshold sweep: 0.31 → 0.38\n');

let from: { id: string; slug: string };
let into: { id: string; slug: string };
let writer: Awaited<ReturnType<typeof makeUser>>;
let cookie: string;

const exported = async (slug: string) => {
  const out = new Map<string, TEntry>();
  for await (const e of exportEntries(writer, { project: await loadProject(writer, slug) })) out.set(e.path, e);
  return out;
};
const zipOf = (entries: Map<string, TEntry>, rename: (path: string) => string = (p) => p) =>
  new File(
    [zipSync(Object.fromEntries([...entries].map(([p, e]) => [rename(p), 'text' in e ? new TextEncoder().encode(e.text) : e.bytes])))],
    'pages.zip',
  );
const importZip = async (file: File, mode: 'dry-run' | 'apply') => {
  const res = await upload(importIntoProject, { file, mode }, cookie, { slug: into.slug });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { plan: TImportPlan } & { result: TImportResult };
};

beforeAll(async () => {
  [from, into] = await Promise.all([makeProject(unique('att-from')), makeProject(unique('att-into'))]);
  writer = await makeUser('Attachment mover', 'viewer');
  await Promise.all([addMember(from.id, writer.id, 'editor'), addMember(into.id, writer.id, 'editor')]);
  cookie = await sessionCookie(writer);
  const { id } = await createDocument(writer, { kind: 'runbook', projectSlug: from.slug, slug: 'rollback', title: 'Rollback', body: 'x', tags: [], status: 'published' });
  const doc = await loaded(id);
  const image = await saveAttachment(writer, doc, new File([PNG], 'loss curve.png'));
  const notes = await saveAttachment(writer, doc, new File([NOTES], 'notes.txt'));
  await updateDocument(writer, doc, {
    baseVersion: 1,
    title: 'Rollback',
    body: `The curve:\n\n${image.markdown}\n\nSee ${notes.markdown}.`,
    tags: [],
    status: 'published',
    message: '',
  });
});

describe('attachments in export and import', () => {
  it('exports a page’s files beside it, linked there', async () => {
    const files = await exported(from.slug);
    const page = files.get(`projects/${from.slug}/rollback.md`);
    expect(page && 'text' in page && page.text).toContain('![loss curve.png](rollback.files/loss%20curve.png)');
    expect(page && 'text' in page && page.text).toContain('[notes.txt](rollback.files/notes.txt)');
    expect(files.get(`projects/${from.slug}/rollback.files/loss curve.png`)).toEqual({ path: expect.any(String), bytes: PNG });
    expect(files.get(`projects/${from.slug}/rollback.files/notes.txt`)).toEqual({ path: expect.any(String), bytes: NOTES });
  });

  it('imports them into another project as the page’s own files, and a second import changes nothing', async () => {
    const pages = new Map([...(await exported(from.slug))].filter(([p]) => !p.endsWith('/project.md')));
    const zip = zipOf(pages, (p) => p.replace(`projects/${from.slug}/`, ''));
    expect((await importZip(zip, 'dry-run')).plan.items).toEqual([expect.objectContaining({ file: 'rollback.md', action: 'create' })]);
    expect((await importZip(zip, 'apply')).result.counts).toMatchObject({ created: 1, failed: 0 });

    const copy = await db.document.findFirstOrThrow({ where: { projectId: into.id, slug: 'rollback' }, select: { id: true, body: true } });
    const stored = await db.attachment.findMany({ where: { documentId: copy.id }, orderBy: { name: 'asc' }, select: { id: true, name: true, mime: true } });
    expect(stored.map((a) => [a.name, a.mime])).toEqual([
      ['loss curve.png', 'image/png'],
      ['notes.txt', 'text/plain'],
    ]);
    expect(copy.body).toBe(`The curve:\n\n![loss curve.png](/api/attachments/${stored[0]!.id})\n\nSee [notes.txt](/api/attachments/${stored[1]!.id}).`);
    const res = await serveRoute(new Request(`http://localhost/api/attachments/${stored[0]!.id}`, { headers: { cookie } }), {
      params: Promise.resolve({ id: stored[0]!.id }),
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);

    // Its own export, imported back: the same text and the same files, so nothing to do.
    const again = await importZip(zipOf(await exported(into.slug)), 'apply');
    expect(again.result.counts).toMatchObject({ unchanged: 1, created: 0, updated: 0 });
    expect(await db.attachment.count({ where: { documentId: copy.id } })).toBe(2);
  });

  it('refuses a page whose folder holds a file that cannot be attached, and writes nothing of it', async () => {
    const files = new Map<string, TEntry>([
      ['setup.md', { path: 'setup.md', text: '---\ntitle: Setup\nkind: runbook\n---\n[installer](setup.files/setup.png)\n' }],
      ['setup.files/setup.png', { path: 'setup.files/setup.png', bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]) }],
      ['orphan.files/a.txt', { path: 'orphan.files/a.txt', bytes: NOTES }],
    ]);
    const before = await db.attachment.count();
    const { plan } = await importZip(zipOf(files), 'dry-run');
    expect(plan.items).toEqual([expect.objectContaining({ file: 'setup.md', action: 'refused', reason: expect.stringContaining('cannot be attached') })]);
    expect(plan.notes).toContainEqual(expect.stringContaining('orphan.files/: left out'));
    const { result } = await importZip(zipOf(files), 'apply');
    expect(result.counts).toMatchObject({ refused: 1, created: 0 });
    expect(await db.document.count({ where: { projectId: into.id, slug: 'setup' } })).toBe(0);
    expect(await db.attachment.count()).toBe(before);
  });
});
