import 'server-only';
import { draftOf } from '@/lib/policies/read-rule';
import { cache } from 'react';
import type { TActor, TScope } from '@/lib/policies/can';
import { asReadable, type TReadable } from '@/lib/policies/readable';
import { visibleSql } from '@/lib/policies/visible-to';
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { NotFound } from '@/lib/errors';
import type { JobRole } from '@/lib/generated/prisma/enums';
import type { TKind } from '@/lib/kinds/kinds';
import { markBrokenWikilinks, wikilinkKeysIn } from '@/lib/markdown/mark-wikilinks';
import { RENDER_VERSION, type TTocEntry } from '@/lib/markdown/rendered';
import { renderMarkdown } from '@/lib/markdown/render-pool';
import { NO_PROJECT } from './paths';
import { resolveWikilinks } from './resolve-wikilinks';

export type TDocumentPage = {
  id: string;
  kind: TKind;
  slug: string;
  title: string;
  status: 'draft' | 'published';
  version: number;
  tags: string[];
  owner: { name: string; jobRole: JobRole };
  project: { id: string; slug: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
  reviewBy: Date | null;
  completeness: number | null;
  missingItems: string[];
  /** The kind's structured fields as stored (JSON), or null. */
  fields: unknown;
  /** The facts the policy needs (visibility, the reader's membership, owner). */
  scope: TScope;
};

/**
 * Finds a live document by its URL parts, or throws NotFound. Cached for the request, so the
 * page and its metadata share one query.
 */
export const getDocument = cache(async (actor: TActor, space: string, slug: string): Promise<TReadable<TDocumentPage>> => {
  // One statement for the page's hot path (Prisma's query builder costs ~3x more per call here).
  const rows = await readRows<TDocumentRow>(Prisma.sql`
    SELECT d.id, d.kind::text AS kind, d.slug, d.title, d.status::text AS status, d.version,
           d."createdAt", d."updatedAt", d."reviewBy", d.fields, d.completeness, d."missingItems", d."ownerId", u.name AS "ownerName", u."jobRole"::text AS "ownerJobRole",
           d."projectId", p.slug AS "projectSlug", p.name AS "projectName", p.visibility::text AS "projectVisibility",
           (SELECT m.role::text FROM "ProjectMember" m WHERE m."projectId" = d."projectId" AND m."userId" = ${actor.id}) AS membership,
           ARRAY(SELECT t.name FROM "DocumentTag" dt JOIN "Tag" t ON t.id = dt."tagId"
                 WHERE dt."documentId" = d.id ORDER BY t.name) AS tags
    FROM "Document" d
    JOIN "User" u ON u.id = d."ownerId"
    LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d.slug = ${slug} AND d."deletedAt" IS NULL
      AND (CASE WHEN ${space} = ${NO_PROJECT} THEN d."projectId" IS NULL ELSE p.slug = ${space} END)
      AND ${visibleSql(actor)}
    LIMIT 1`);
  const row = rows[0];
  if (!row) throw new NotFound('No document lives at this address.');
  // Read under visibleSql above: the reader may read it.
  return asReadable({
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reviewBy: row.reviewBy,
    completeness: row.completeness,
    missingItems: row.missingItems ?? [],
    fields: typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields,
    tags: row.tags,
    owner: { name: row.ownerName, jobRole: row.ownerJobRole },
    project:
      row.projectId && row.projectSlug ? { id: row.projectId, slug: row.projectSlug, name: row.projectName ?? row.projectSlug } : null,
    scope: {
      project: row.projectVisibility ? { visibility: row.projectVisibility, membership: row.membership } : null,
      ownerId: row.ownerId,
      ...draftOf(row),
    },
  });
});

type TDocumentRow = Omit<TDocumentPage, 'owner' | 'project' | 'scope'> & {
  ownerId: string;
  projectVisibility: 'internal' | 'restricted' | null;
  membership: 'owner' | 'editor' | 'viewer' | null;
  ownerName: string;
  ownerJobRole: JobRole;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
};

/** The Markdown of the current version, for the editor (the page itself never needs it). */
export async function getDocumentSource(readable: TReadable<{ id: string }>): Promise<string> {
  const doc = await db.document.findFirst({ where: { id: readable.id, deletedAt: null }, select: { body: true } });
  if (!doc) throw new NotFound('This document does not exist or was deleted.');
  return doc.body;
}

export type TRenderedRevision = { html: string; toc: TTocEntry[] };

type TRevisionRow = {
  id: string;
  title: string;
  message: string;
  createdAt: Date;
  html: string;
  toc: unknown;
  renderVersion: number;
  author: string;
  authorJobRole: JobRole;
};

/**
 * The stored HTML of one version, with broken wikilinks marked. HTML made by an older pipeline
 * is rendered again once and stored, so the cache cannot go stale when the pipeline changes.
 */
export async function renderedRevision(
  actor: TActor,
  doc: TReadable<{ id: string; project: { slug: string } | null }>,
  version: number,
): Promise<TRenderedRevision & { title: string; message: string; createdAt: Date; author: string; authorJobRole: JobRole }> {
  const projectSlug = doc.project?.slug ?? null;
  const revs = await readRows<TRevisionRow>(Prisma.sql`
    SELECT r.id, r.title, r.message, r."createdAt", r.html, r.toc, r."renderVersion", u.name AS author, u."jobRole"::text AS "authorJobRole"
    FROM "Revision" r JOIN "User" u ON u.id = r."authorId"
    WHERE r."documentId" = ${doc.id} AND r.version = ${version}`);
  const rev = revs[0];
  if (!rev) throw new NotFound(`Version ${version} of this document does not exist.`);
  let { html } = rev;
  let toc = (typeof rev.toc === 'string' ? JSON.parse(rev.toc) : rev.toc) as TTocEntry[];
  if (rev.renderVersion !== RENDER_VERSION) {
    const { body } = await db.revision.findUniqueOrThrow({ where: { id: rev.id }, select: { body: true } });
    const fresh = await renderMarkdown(body, { from: projectSlug ?? undefined });
    ({ html, toc } = fresh);
    await db.revision.update({
      where: { id: rev.id },
      data: { html, toc, renderVersion: RENDER_VERSION },
      select: { id: true },
    });
  }
  const keys = wikilinkKeysIn(html);
  if (keys.length > 0) {
    const targets = await resolveWikilinks(actor, keys, projectSlug);
    html = markBrokenWikilinks(html, (key) => Boolean(targets.get(key)));
  }
  return {
    html,
    toc,
    title: rev.title,
    message: rev.message,
    createdAt: rev.createdAt,
    author: rev.author,
    authorJobRole: rev.authorJobRole,
  };
}
