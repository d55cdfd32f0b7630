// Fills a database with N generated documents (one revision each, rendered by the real pipeline,
// with tags and wikilinks), in batches through Prisma's createMany.
import { randomUUID } from 'node:crypto';
import type { createClient } from '@/lib/db/client';
import { render } from '@/lib/markdown/render';
import { RENDER_VERSION } from '@/lib/markdown/rendered';
import { generateDocument, spaceOfGenerated } from './corpus';

type TDb = ReturnType<typeof createClient>;

/**
 * `render: false` skips revisions and links (the search benchmark reads documents only), which
 * makes seeding 100,000 documents take seconds instead of half an hour.
 */
export async function seedDocuments(db: TDb, total: number, log: (s: string) => void, { render: withRevisions = true } = {}) {
  const user = await db.user.upsert({
    where: { email: 'bench@hindsight.local' },
    update: {},
    create: { email: 'bench@hindsight.local', name: 'Bench Writer' },
    select: { id: true },
  });
  const projects = new Map<string, string>();
  for (let p = 0; p < 40; p++) {
    const slug = `proj-${p}`;
    const row = await db.project.upsert({ where: { slug }, update: {}, create: { slug, name: `Project ${p}` }, select: { id: true } });
    projects.set(slug, row.id);
  }
  const tagIds = new Map<string, string>();
  const tagId = async (name: string) => {
    let id = tagIds.get(name);
    if (!id) {
      id = (await db.tag.upsert({ where: { name }, update: {}, create: { name }, select: { id: true } })).id;
      tagIds.set(name, id);
    }
    return id;
  };

  const batch = 500;
  let renderMs = 0;
  let bytes = 0;
  for (let start = 0; start < total; start += batch) {
    const docs = [];
    const revisions = [];
    const links = [];
    const tagRows: [string, string][] = [];
    for (let i = start; i < Math.min(total, start + batch); i++) {
      const g = generateDocument(i, total);
      const space = spaceOfGenerated(i);
      const t0 = performance.now();
      const r = withRevisions ? render(g.body, { from: space ?? undefined }) : null;
      renderMs += performance.now() - t0;
      bytes += Buffer.byteLength(g.body);
      const id = randomUUID();
      docs.push({
        id,
        projectId: space ? projects.get(space)! : null,
        kind: g.kind,
        slug: g.slug,
        title: g.title,
        titleKey: g.title.toLowerCase(),
        body: g.body,
        ownerId: user.id,
        version: 1,
        ...(g.fields ? { fields: g.fields } : {}),
      });
      if (r) {
        revisions.push({
          documentId: id,
          version: 1,
          title: g.title,
          body: g.body,
          authorId: user.id,
          message: 'Generated',
          html: r.html,
          toc: r.toc,
          renderVersion: RENDER_VERSION,
        });
        for (const targetKey of r.links) links.push({ sourceId: id, targetKey });
      }
      for (const t of g.tags) tagRows.push([id, await tagId(t)]);
    }
    await db.$transaction([
      db.document.createMany({ data: docs }),
      db.revision.createMany({ data: revisions }),
      db.documentLink.createMany({ data: links, skipDuplicates: true }),
    ]);
    const values = tagRows.map((_, k) => `($${2 * k + 1}, $${2 * k + 2})`).join(',');
    await db.$executeRawUnsafe(
      `INSERT INTO "DocumentTag" ("documentId","tagId") VALUES ${values} ON CONFLICT DO NOTHING`,
      ...tagRows.flat(),
    );
    if ((start / batch) % 4 === 0) log(`  seeded ${Math.min(total, start + batch)} / ${total}`);
  }
  return { renderMs, bytes };
}
