// Export on PostgreSQL: what each reader gets, the page download, a project archive, and that
// two exports of the same content are the same bytes.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as exportPageRoute } from '@/app/api/documents/[id]/export/route';
import { GET as exportProjectRoute } from '@/app/api/projects/[slug]/export/route';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { exportEntries, type TEntry } from './export-content';
import { parseContentFile, ZDocumentFrontMatter } from './front-matter';
import { zipChunks } from './zip-write';

const collect = async (entries: AsyncIterable<TEntry>) => {
  const out: TEntry[] = [];
  for await (const e of entries) out.push(e);
  return out;
};

let open: { id: string; slug: string };
let closed: { id: string; slug: string };
let openDoc: string;
let reader: Awaited<ReturnType<typeof makeUser>>;
let member: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  const owner = await makeUser('Export owner', 'editor');
  reader = await makeUser('Export reader', 'viewer');
  member = await makeUser('Export member', 'viewer');
  open = await makeProject(unique('exp-open'));
  closed = await makeProject(unique('exp-closed'), 'restricted');
  await addMember(closed.id, owner.id, 'owner');
  await addMember(closed.id, member.id, 'viewer');
  const made = await createDocument(owner, {
    kind: 'model_card',
    projectSlug: open.slug,
    title: 'Churn: model #1',
    body: 'Post in #ml-oncall.\n\n| a | b |\n|---|---|\n',
    tags: ['churn', 'alpha'],
    status: 'published',
    fields: { metrics: [{ name: 'AUC', value: 0.81, threshold: '≥ 0.8 # agreed' }], monitoring: { metrics: ['PSI'], driftThresholds: [] } },
  });
  openDoc = made.id;
  await createDocument(owner, { kind: 'runbook', projectSlug: closed.slug, title: 'Secret runbook', body: 'x', tags: [], status: 'published' });
});

describe('export', () => {
  it('writes only what the reader may read: a restricted project is left out for non-members', async () => {
    const paths = (await collect(exportEntries(reader, { wiki: true }))).map((e) => e.path);
    expect(paths).toContain(`projects/${open.slug}/project.md`);
    expect(paths).toContain(`projects/${open.slug}/churn-model-1.md`);
    expect(paths.filter((p) => p.includes(closed.slug))).toEqual([]);
    const memberPaths = (await collect(exportEntries(member, { wiki: true }))).map((e) => e.path);
    expect(memberPaths).toContain(`projects/${closed.slug}/secret-runbook.md`);
  });

  it('downloads a page as Markdown whose front matter recreates it', async () => {
    const res = await exportPageRoute(new Request('http://localhost/api', { headers: { cookie: await sessionCookie(reader) } }), {
      params: Promise.resolve({ id: openDoc }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="churn-model-1.md"');
    const { data, body } = parseContentFile('x.md', await res.text(), ZDocumentFrontMatter);
    expect(body).toBe('Post in #ml-oncall.\n\n| a | b |\n|---|---|\n');
    expect(data).toMatchObject({ title: 'Churn: model #1', kind: 'model_card', tags: ['alpha', 'churn'], status: 'published' });
    expect(data.fields).toMatchObject({ metrics: [{ name: 'AUC', value: 0.81, threshold: '≥ 0.8 # agreed' }] });
  });

  it('streams a project as a zip laid out like content/, the same bytes every time', async () => {
    const cookie = await sessionCookie(reader);
    const download = async () => {
      const res = await exportProjectRoute(new Request('http://localhost/api', { headers: { cookie } }), { params: Promise.resolve({ slug: open.slug }) });
      expect(res.headers.get('content-type')).toBe('application/zip');
      return new Uint8Array(await res.arrayBuffer());
    };
    const first = await download();
    const files = unzipSync(first);
    expect(Object.keys(files).sort()).toEqual(['people.yml', `projects/${open.slug}/churn-model-1.md`, `projects/${open.slug}/project.md`]);
    expect(new TextDecoder().decode(files['people.yml'])).toContain('name: Export owner');
    expect(Buffer.from(await download()).equals(Buffer.from(first))).toBe(true);
  });

  it('a restricted project cannot be downloaded by someone outside it', async () => {
    const res = await exportProjectRoute(new Request('http://localhost/api', { headers: { cookie: await sessionCookie(reader) } }), {
      params: Promise.resolve({ slug: closed.slug }),
    });
    expect(res.status).toBe(404);
  });

  it('zips any number of entries in order, each intact', async () => {
    async function* entries() {
      for (let i = 0; i < 50; i++) yield { path: `f/${i}.md`, text: `${i} ✓ ${'x'.repeat(i * 100)}` };
    }
    const parts: Uint8Array[] = [];
    for await (const chunk of zipChunks(entries())) parts.push(chunk);
    const files = unzipSync(Buffer.concat(parts));
    expect(Object.keys(files)).toHaveLength(50);
    expect(new TextDecoder().decode(files['f/7.md'])).toBe(`7 ✓ ${'x'.repeat(700)}`);
  });
});
