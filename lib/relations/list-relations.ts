import 'server-only';
// A page's typed relations, both ends, as the reader may see them: what it relates to (targets
// resolved like wikilinks from its project; a target without a page stays a name) and what
// relates to it (sources the reader may read whose relation really resolves to it).
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { documentPath } from '@/lib/documents/paths';
import { keysFor, linksResolvingTo, resolveWikilinks } from '@/lib/documents/resolve-wikilinks';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments, visibleProjectsSql, visibleSql } from '@/lib/policies/visible-to';
import { SELF } from './field-relations';
import { projectKey, type TRelationType } from './relation-types';

export type TPageRef = { id: string; title: string; path: string; kind: string };
type TPage = { id: string; slug: string; title: string; project: { slug: string } | null };

export type TOutgoing = { type: TRelationType; target: TPageRef | null; name: string; version: string; detail: string };
export type TIncoming = { type: TRelationType; source: TPageRef & TPage; targetId: string; version: string; detail: string };

export async function outgoingRelations(actor: TActor, doc: TPage): Promise<TOutgoing[]> {
  const rows = await readRows<{ type: TRelationType; targetKey: string; version: string; detail: string }>(Prisma.sql`
    SELECT r.type::text AS type, r."targetKey", r.version, r.detail FROM "Relation" r
    WHERE r."sourceId" = ${doc.id} ORDER BY r.type, r."targetKey"`);
  const pageKeys = [...new Set(rows.map((r) => r.targetKey).filter((k) => k !== SELF && !k.startsWith('project:')))];
  const pages = await resolveWikilinks(actor, pageKeys, doc.project?.slug ?? null);
  const projects = await readableProjects(
    actor,
    rows.filter((r) => r.targetKey.startsWith('project:')).map((r) => r.targetKey.slice('project:'.length)),
  );
  const self: TPageRef = { id: doc.id, title: doc.title, path: documentPath(doc.project?.slug, doc.slug), kind: '' };
  return rows.map((r) => {
    const key = r.targetKey.startsWith('project:') ? r.targetKey.slice('project:'.length) : r.targetKey;
    // A target without a page is shown as it was written.
    const name = r.type !== 'supersedes' && r.detail ? r.detail : key;
    const page = r.targetKey === SELF ? self : (pages.get(r.targetKey) ?? null);
    const project = projects.get(key);
    const target = r.targetKey.startsWith('project:')
      ? project
        ? { id: '', title: project, path: `/projects/${key}`, kind: 'project' }
        : null
      : page;
    return { type: r.type, target, name, version: r.version, detail: r.detail };
  });
}

async function readableProjects(actor: TActor, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await readRows<{ slug: string; name: string }>(Prisma.sql`
    SELECT p.slug, p.name FROM "Project" p WHERE p.slug = ANY(${slugs}::text[]) AND ${visibleProjectsSql(actor)}`);
  return new Map(rows.map((r) => [r.slug, r.name]));
}

type TIncomingRow = {
  sourceId: string;
  sourceSlug: string;
  sourceTitle: string;
  sourceKind: string;
  from: string | null;
  type: TRelationType;
  targetKey: string;
  version: string;
  detail: string;
};

/** What relates to these pages (one query, then one resolution per source project), for the reader. */
export async function incomingRelations(actor: TActor, docs: TPage[]): Promise<TIncoming[]> {
  if (docs.length === 0) return [];
  const keys = [...new Set(docs.flatMap(keysFor))];
  const ids = docs.map((d) => d.id);
  const rows = await readRows<TIncomingRow>(Prisma.sql`
    SELECT s.id AS "sourceId", s.slug AS "sourceSlug", s.title AS "sourceTitle", s.kind::text AS "sourceKind", p.slug AS "from",
           r.type::text AS type, r."targetKey", r.version, r.detail
    FROM "Relation" r
    JOIN "Document" s ON s.id = r."sourceId" AND s."deletedAt" IS NULL
    LEFT JOIN "Project" p ON p.id = s."projectId"
    WHERE (r."targetKey" = ANY(${keys}::text[]) OR (r."targetKey" = ${SELF} AND r."sourceId" = ANY(${ids}::text[])))
      AND ${visibleSql(actor, 's', 'p')}
    ORDER BY s.title
    LIMIT 2000`);
  // A decision superseding one on its own page names that page; the rest resolve like wikilinks.
  const numbered = rows.map((r, order) => ({ ...r, order }));
  const own = numbered.filter((r) => r.targetKey === SELF).map((r) => ({ ...r, targetId: r.sourceId }));
  const resolved = await linksResolvingTo(
    actor,
    numbered.filter((r) => r.targetKey !== SELF),
    new Set(ids),
  );
  return [...own, ...resolved]
    .sort((a, b) => a.order - b.order)
    .map((r) => ({
      type: r.type,
      source: {
        id: r.sourceId,
        slug: r.sourceSlug,
        title: r.sourceTitle,
        project: r.from ? { slug: r.from } : null,
        path: documentPath(r.from, r.sourceSlug),
        kind: r.sourceKind,
      },
      targetId: r.targetId,
      version: r.version,
      detail: r.detail,
    }));
}

/** Practices (or any page) the reader may read that say they apply to this project. */
export async function appliesToProject(actor: TActor, projectSlug: string): Promise<TPageRef[]> {
  const rows = await db.relation.findMany({
    where: { type: 'applies_to', targetKey: projectKey(projectSlug), source: { deletedAt: null, ...visibleDocuments(actor) } },
    orderBy: { source: { title: 'asc' } },
    take: 100,
    select: { source: { select: { id: true, slug: true, title: true, kind: true, project: { select: { slug: true } } } } },
  });
  return rows.map(({ source: s }) => ({ id: s.id, title: s.title, path: documentPath(s.project?.slug, s.slug), kind: s.kind }));
}
