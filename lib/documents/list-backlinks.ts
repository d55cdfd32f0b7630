import 'server-only';
import { db } from '@/lib/db/client';
import { documentPath, spaceOf } from './paths';
import { resolveWikilinks } from './resolve-wikilinks';

export type TBacklink = { title: string; path: string; kind: string };

/** Documents whose wikilinks lead to this one ("Linked from"). */
export async function listBacklinks(doc: {
  id: string;
  slug: string;
  title: string;
  project: { slug: string } | null;
}): Promise<TBacklink[]> {
  const keys = [`${spaceOf(doc.project?.slug)}/${doc.slug}`, doc.slug, doc.title.toLowerCase()];
  const links = await db.documentLink.findMany({
    where: { targetKey: { in: keys }, sourceId: { not: doc.id }, source: { deletedAt: null } },
    select: {
      targetKey: true,
      source: { select: { slug: true, title: true, kind: true, project: { select: { slug: true } } } },
    },
    take: 200,
  });
  // A bare slug or title can mean different documents from different projects: keep only the
  // links that really resolve to this document from where they were written (one query for
  // each project the links come from).
  const byProject = new Map<string | null, typeof links>();
  for (const link of links) {
    const from = link.source.project?.slug ?? null;
    byProject.set(from, [...(byProject.get(from) ?? []), link]);
  }
  const result = new Map<string, TBacklink>();
  for (const [from, group] of byProject) {
    const targets = await resolveWikilinks([...new Set(group.map((l) => l.targetKey))], from);
    for (const link of group) {
      if (targets.get(link.targetKey)?.id !== doc.id) continue;
      const path = documentPath(from, link.source.slug);
      result.set(path, { title: link.source.title, path, kind: link.source.kind });
    }
  }
  return [...result.values()].sort((a, b) => a.title.localeCompare(b.title));
}
