import 'server-only';
// A page as the file an export writes for it: shared by export (to write it) and import (to tell
// whether the wiki's copy changed since a file was exported).
import type { Prisma } from '@/lib/generated/prisma/client';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import type { TKind } from '@/lib/kinds/kinds';
import { orderFields } from './field-order';
import type { TDocumentFile } from './write-files';

export const documentSelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  body: true,
  status: true,
  reviewBy: true,
  fields: true,
  ownerId: true,
  project: { select: { slug: true } },
  tags: { select: { tag: { select: { name: true } } } },
} as const satisfies Prisma.DocumentSelect;

export type TDocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;

/** Checked fields as they are stored (JSON) and then written (form order, days as days). */
export function fieldsAsFile(kind: TKind, fields: unknown): Record<string, unknown> | undefined {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return undefined;
  return orderFields(KIND_FIELDS[kind].form, JSON.parse(JSON.stringify(fields))) as Record<string, unknown>;
}

export function fileOf(row: TDocumentRow, owner: string | undefined): TDocumentFile {
  const kind = row.kind as TKind;
  const fields = fieldsAsFile(kind, row.fields);
  return {
    title: row.title,
    slug: row.slug,
    kind,
    owner,
    tags: row.tags.map((t) => t.tag.name),
    status: row.status,
    reviewBy: row.reviewBy ? row.reviewBy.toISOString().slice(0, 10) : null,
    fields,
    body: row.body,
  };
}
