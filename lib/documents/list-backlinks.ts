import 'server-only';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { visibleSql } from '@/lib/policies/visible-to';
import { documentPath } from './paths';
import { keysFor, linksResolvingTo } from './resolve-wikilinks';

type TLinkRow = { targetKey: string; slug: string; title: string; kind: string; from: string | null };

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
  const links = await readRows<TLinkRow>(Prisma.sql`
    SELECT l."targetKey", s.slug, s.title, s.kind::text AS kind, p.slug AS "from"
    FROM "DocumentLink" l
    JOIN "Document" s ON s.id = l."sourceId" AND s."deletedAt" IS NULL
    LEFT JOIN "Project" p ON p.id = s."projectId"
    WHERE l."targetKey" = ANY(${keysFor(doc)}::text[]) AND l."sourceId" <> ${doc.id} AND ${visibleSql(actor, 's', 'p')}`);
  const result = new Map<string, TBacklink>();
  for (const link of await linksResolvingTo(actor, links, new Set([doc.id]))) {
    const path = documentPath(link.from, link.slug);
    result.set(path, { title: link.title, path, kind: link.kind });
  }
  return [...result.values()].sort((a, b) => a.title.localeCompare(b.title));
}
