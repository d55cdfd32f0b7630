import 'server-only';
import { readRows } from '@/lib/db/read-rows';
import { KINDS, type TKind } from '@/lib/kinds/kinds';
import { documentPath, NO_PROJECT } from '@/lib/documents/paths';
import type { TActor } from '@/lib/policies/can';
import { visibleProjectsSql, visibleSql } from '@/lib/policies/visible-to';
import { Prisma } from '@/lib/generated/prisma/client';

// What the sidebar lists: the projects the reader may read, and for the project the reader is in
// (or the documents outside any project), its documents grouped by kind. Only the current
// project's documents are loaded, and at most PER_KIND of each kind, so the sidebar stays small
// on a wiki of thousands of pages.

export const PER_KIND = 12;
const MAX_PROJECTS = 200;

type TSidebarDoc = { title: string; path: string; draft: boolean };
export type TSidebarGroup = { kind: TKind; docs: TSidebarDoc[]; total: number };
export type TSidebarTree = {
  projects: { slug: string; name: string; restricted: boolean }[];
  /** The project (or NO_PROJECT) the reader is in, with its documents by kind. */
  current: { space: string; groups: TSidebarGroup[] } | null;
};

export async function sidebarTree(actor: TActor, space: string | null): Promise<TSidebarTree> {
  const [projects, current] = await Promise.all([
    readRows<{ slug: string; name: string; visibility: string }>(Prisma.sql`
      SELECT p.slug, p.name, p.visibility::text AS visibility FROM "Project" p
      WHERE ${visibleProjectsSql(actor)} ORDER BY p.name LIMIT ${MAX_PROJECTS}`),
    space ? groupsOf(actor, space) : null,
  ]);
  return {
    projects: projects.map((p) => ({ slug: p.slug, name: p.name, restricted: p.visibility === 'restricted' })),
    current: space && current ? { space, groups: current } : null,
  };
}

type TRow = { kind: TKind; title: string; slug: string; status: string; total: string };

async function groupsOf(actor: TActor, space: string): Promise<TSidebarGroup[] | null> {
  // One query: the first PER_KIND pages of each kind by title, each row with its kind's total.
  const inSpace = space === NO_PROJECT ? Prisma.sql`d."projectId" IS NULL` : Prisma.sql`p.slug = ${space}`;
  const rows = await readRows<TRow>(Prisma.sql`
    SELECT kind, title, slug, status, total FROM (
      SELECT d.kind::text AS kind, d.title, d.slug, d.status::text AS status,
             row_number() OVER (PARTITION BY d.kind ORDER BY d.title, d.slug) AS n,
             count(*) OVER (PARTITION BY d.kind) AS total
      FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
      WHERE d."deletedAt" IS NULL AND ${inSpace} AND ${visibleSql(actor)}
    ) ranked
    WHERE n <= ${PER_KIND}
    ORDER BY kind, n`);
  if (rows.length === 0) return null;
  return KINDS.flatMap((kind) => {
    const docs = rows.filter((r) => r.kind === kind);
    if (docs.length === 0) return [];
    return [
      {
        kind,
        total: Number(docs[0]!.total),
        docs: docs.map((d) => ({
          title: d.title,
          path: documentPath(space === NO_PROJECT ? null : space, d.slug),
          draft: d.status === 'draft',
        })),
      },
    ];
  });
}
