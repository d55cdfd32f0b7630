import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { visibleSql } from '@/lib/policies/visible-to';
import { documentPath, spaceOf } from './paths';
import { resolveWikilinks } from './resolve-wikilinks';

type TLinkRow = { targetKey: string; slug: string; title: string; kind: string; projectSlug: string | null };

export type TBacklink = { title: string; path: string; kind: string };

/** Documents whose wikilinks lead to this one ("Linked from"). */
export async function listBacklinks(
  actor: TActor,
  doc: {
    id: string;
    slug: string;
    title: string;
    project: { slug: string } | null;
  },
): Promise<TBacklink[]> {
  const keys = [`${spaceOf(doc.project?.slug)}/${doc.slug}`, doc.slug, doc.title.toLowerCase()];
  const links = await db.$queryRaw<TLinkRow[]>`
    SELECT l."targetKey", s.slug, s.title, s.kind::text AS kind, p.slug AS "projectSlug"
    FROM "DocumentLink" l
    JOIN "Document" s ON s.id = l."sourceId" AND s."deletedAt" IS NULL
    LEFT JOIN "Project" p ON p.id = s."projectId"
    WHERE l."targetKey" = ANY(${keys}::text[]) AND l."sourceId" <> ${doc.id} AND ${visibleSql(actor, 's', 'p')}`;
  // A bare slug or title can mean different documents from different projects: keep only the
  // links that really resolve to this document from where they were written (one query for
  // each project the links come from).
  const byProject = new Map<string | null, typeof links>();
  for (const link of links) {
    const from = link.projectSlug;
    byProject.set(from, [...(byProject.get(from) ?? []), link]);
  }
  const result = new Map<string, TBacklink>();
  for (const [from, group] of byProject) {
    const targets = await resolveWikilinks(actor, [...new Set(group.map((l) => l.targetKey))], from);
    for (const link of group) {
      if (targets.get(link.targetKey)?.id !== doc.id) continue;
      const path = documentPath(from, link.slug);
      result.set(path, { title: link.title, path, kind: link.kind });
    }
  }
  return [...result.values()].sort((a, b) => a.title.localeCompare(b.title));
}
