import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { loaded, makeProject, makeUser, unique } from '@/test/factories';
import { createDocument } from './create-document';
import { getDocument, renderedRevision } from './get-document';
import { listBacklinks } from './list-backlinks';
import { resolveWikilinks } from './resolve-wikilinks';
import { ZCreateDocument } from './schemas';

const reader = { id: 'reader', role: 'viewer' as const };

describe('wikilinks across documents', () => {
  let a: { slug: string };
  let b: { slug: string };
  const title = unique('Shared Title');
  const make = async (projectSlug: string | null, slug: string, body = '', t = `${slug} title`) =>
    createDocument(await makeUser(), ZCreateDocument.parse({ kind: 'practice', projectSlug, slug, title: t, body }));

  beforeAll(async () => {
    [a, b] = [await makeProject(), await makeProject()];
    await make(a.slug, 'runbook', '', title);
    await make(b.slug, 'runbook');
    await make(null, `${a.slug}-free`);
  });

  it('resolves project/slug exactly, bare slugs in the linking project first, titles anywhere', async () => {
    const keys = [`${b.slug}/runbook`, 'runbook', `_/${a.slug}-free`, `${a.slug}-free`, title.toLowerCase(), 'no such page'];
    const fromA = await resolveWikilinks(reader, keys, a.slug);
    expect(fromA.get(`${b.slug}/runbook`)?.path).toBe(`/w/${b.slug}/runbook`);
    expect(fromA.get('runbook')?.path).toBe(`/w/${a.slug}/runbook`);
    expect(fromA.get(`_/${a.slug}-free`)?.path).toBe(`/w/_/${a.slug}-free`);
    expect(fromA.get(`${a.slug}-free`)?.path).toBe(`/w/_/${a.slug}-free`);
    expect(fromA.get(title.toLowerCase())).toMatchObject({ path: `/w/${a.slug}/runbook`, title });
    expect(fromA.get('no such page')).toBeNull();
    expect((await resolveWikilinks(reader, ['runbook'], b.slug)).get('runbook')?.path).toBe(`/w/${b.slug}/runbook`);
  });

  it('shows a link as broken until its target exists, without re-rendering the page', async () => {
    const target = unique('Later page');
    const linking = await make(null, unique('linking'), `Soon: [[${target}]]`);
    const doc = await getDocument(reader, '_', linking.path.split('/').pop()!);
    const before = await renderedRevision(reader, doc, 1);
    expect(before.html).toContain('wikilink-broken');
    await make(null, unique('later'), '', target);
    const after = await renderedRevision(reader, doc, 1);
    expect(after.html).not.toContain('wikilink-broken');
  });

  it('lists backlinks only from pages whose links really lead here', async () => {
    const host = await make(a.slug, unique('host'), '', unique('Host page'));
    const hostDoc = await getDocument(reader, a.slug, host.path.split('/').pop()!);
    const hostSlug = hostDoc.slug;
    await make(a.slug, unique('same-project'), `[[${hostSlug}]]`, 'Same project linker');
    await make(b.slug, unique('other-project'), `[[${hostSlug}]]`, 'Other project bare slug');
    await make(b.slug, unique('qualified'), `[[${a.slug}/${hostSlug}]]`, 'Qualified linker');
    const backlinks = await listBacklinks(reader, hostDoc);
    expect(backlinks.map((l) => l.title)).toEqual(['Qualified linker', 'Same project linker']);
  });

  it('re-renders and stores HTML made by an older pipeline version', async () => {
    const saved = await make(null, unique('stale'), '## Fresh heading');
    await db.revision.updateMany({ where: { documentId: saved.id }, data: { html: '<p>old</p>', renderVersion: 0 } });
    const rev = await renderedRevision(reader, await loaded(saved.id), 1);
    expect(rev.html).toContain('Fresh heading');
    const stored = await db.revision.findFirstOrThrow({ where: { documentId: saved.id }, select: { renderVersion: true, html: true } });
    expect(stored.renderVersion).toBeGreaterThan(0);
    expect(stored.html).toContain('Fresh heading');
  });
});
