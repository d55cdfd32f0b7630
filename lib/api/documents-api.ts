import 'server-only';
// Documents as /api/v1 serves them: filtered and paged by a cursor, always through the read rule,
// with structured fields and (for one document) the rendered HTML and its version as an ETag.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { renderedRevision } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { Invalid } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { KINDS } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { documentFilter } from '@/lib/policies/read-rule-queries';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZDocumentQuery = z.object({
  kind: z.enum(KINDS, { message: `kind is one of ${KINDS.join(', ')}` }).optional(),
  project: z.string().max(100).optional(),
  tag: z.string().max(40).optional(),
  owner: z.string().max(320).optional(),
  status: z.enum(['draft', 'published']).optional(),
  needsReview: flag.optional(),
  updatedSince: z.iso.datetime({ offset: true, message: 'updatedSince is a date-time like 2026-12-01T00:00:00Z' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const select = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  reviewBy: true,
  fields: true,
  completeness: true,
  project: { select: { slug: true } },
  owner: { select: { name: true, handle: true } },
  tags: { select: { tag: { select: { name: true } } } },
} as const satisfies Prisma.DocumentSelect;

type TRow = Prisma.DocumentGetPayload<{ select: typeof select }>;

function documentJson(row: TRow) {
  return {
    id: row.id,
    kind: row.kind,
    project: row.project?.slug ?? null,
    slug: row.slug,
    title: row.title,
    status: row.status,
    version: row.version,
    tags: row.tags.map((t) => t.tag.name).sort(),
    owner: { name: row.owner.name, handle: row.owner.handle },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reviewBy: row.reviewBy?.toISOString().slice(0, 10) ?? null,
    completeness: row.completeness,
    url: documentPath(row.project?.slug, row.slug),
    fields: row.fields ?? {},
  };
}

const encodeCursor = (row: { updatedAt: Date; id: string }) =>
  Buffer.from(`${row.updatedAt.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const updatedAt = new Date(at ?? '');
  if (!id || Number.isNaN(updatedAt.getTime()))
    throw new Invalid('This cursor is not one this API gave out.', { cursor: 'Unknown cursor' });
  return { updatedAt, id };
}

/** Newest first; `nextCursor` continues where the page ended, stable under concurrent edits. */
export async function listApiDocuments(actor: TActor, q: z.output<typeof ZDocumentQuery>) {
  const now = new Date();
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const where: Prisma.DocumentWhereInput = {
    deletedAt: null,
    AND: [
      documentFilter(actor),
      q.kind ? { kind: q.kind } : {},
      q.project ? { project: { slug: q.project } } : {},
      q.tag ? { tags: { some: { tag: { name: q.tag.toLowerCase() } } } } : {},
      q.owner ? { owner: { OR: [{ handle: q.owner }, { email: q.owner.toLowerCase() }] } } : {},
      q.status ? { status: q.status } : {},
      q.needsReview ? { OR: [{ reviewBy: { lt: now } }, { monitoringReviewBy: { lt: now } }] } : {},
      q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {},
      after ? { OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] } : {},
    ],
  };
  const rows = await db.document.findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: q.limit + 1, select });
  const page = rows.slice(0, q.limit);
  return { items: page.map(documentJson), nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!) : null };
}

/** One document with its Markdown and rendered HTML, and its version as an ETag. */
export async function getApiDocument(actor: TActor, doc: TLoadedDocument): Promise<Response> {
  const { body, ...row } = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { ...select, body: true } });
  const rendered = await renderedRevision(actor, doc, row.version);
  return Response.json({ ...documentJson(row), body, html: rendered.html }, { headers: { etag: `"${row.version}"` } });
}

/** The base version of an update: the body's baseVersion, or an If-Match ETag from a GET. */
export function baseVersionOf(request: Request, bodyVersion: number | undefined): { version: number; fromHeader: boolean } {
  const header = request.headers.get('if-match');
  if (header) {
    const match = /^(?:W\/)?"(\d{1,10})"$/.exec(header.trim());
    if (!match) throw new Invalid('If-Match must be the ETag a GET returned, like "7".', { 'If-Match': 'Not an ETag of this API' });
    return { version: Number(match[1]), fromHeader: true };
  }
  if (bodyVersion === undefined)
    throw new Invalid('Send If-Match with the ETag you read, or baseVersion, so a newer edit is not overwritten.', {
      baseVersion: 'Required',
    });
  return { version: bodyVersion, fromHeader: false };
}
