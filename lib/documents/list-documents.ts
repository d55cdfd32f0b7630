import 'server-only';
import { db } from '@/lib/db/client';
import type { JobRole } from '@/lib/generated/prisma/enums';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';
import type { TKind } from '@/lib/kinds/kinds';
import { documentPath } from './paths';

export type TDocumentSummary = {
  id: string;
  kind: TKind;
  title: string;
  path: string;
  status: 'draft' | 'published';
  completeness: number | null;
  ethicsCovered: boolean | null;
  tags: string[];
  updatedAt: Date;
  owner: string;
  ownerJobRole: JobRole;
  project: { slug: string; name: string } | null;
};

export async function listDocuments(
  actor: TActor,
  filter: {
    kind?: TKind;
    projectId?: string;
    take?: number;
    incomplete?: boolean;
    sort?: 'recent' | 'completeness';
    appliesTo?: string;
  } = {},
): Promise<TDocumentSummary[]> {
  const docs = await db.document.findMany({
    where: {
      deletedAt: null,
      ...visibleDocuments(actor),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.projectId ? { projectId: filter.projectId } : {}),
      // Incomplete: published pages short of 100% (a draft is incomplete by nature).
      ...(filter.incomplete ? { completeness: { lt: 100 }, status: 'published' as const } : {}),
      // A practice's "applies to" tags live in its structured fields.
      ...(filter.appliesTo ? { fields: { path: ['appliesTo'], array_contains: [filter.appliesTo] } } : {}),
    },
    orderBy:
      filter.sort === 'completeness' ? [{ completeness: { sort: 'asc', nulls: 'first' } }, { updatedAt: 'desc' }] : { updatedAt: 'desc' },
    take: Math.min(filter.take ?? 200, 500),
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      status: true,
      completeness: true,
      ethicsCovered: true,
      updatedAt: true,
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
      owner: { select: { name: true, jobRole: true } },
      project: { select: { slug: true, name: true } },
    },
  });
  return docs.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    path: documentPath(d.project?.slug, d.slug),
    status: d.status,
    completeness: d.completeness,
    ethicsCovered: d.ethicsCovered,
    tags: d.tags.map((t) => t.tag.name),
    updatedAt: d.updatedAt,
    owner: d.owner.name,
    ownerJobRole: d.owner.jobRole,
    project: d.project,
  }));
}
