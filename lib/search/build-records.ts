import 'server-only';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { keyedFields } from '@/lib/kinds/form-spec';
import type { TKind } from '@/lib/kinds/kinds';
import type { TSearchRecord } from './contract';
import { splitSections } from './sections';

/**
 * A document's structured fields as plain words: each filled top-level field's label (so
 * "lessons" or "ethical considerations" find the documents that have them), then its values.
 */
export function fieldsText(kind: TKind, fields: unknown): string {
  const labels = new Map(keyedFields(KIND_FIELDS[kind].form).map((f) => [f.key, f.label]));
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v.length > 10 && /^\d{4}-\d\d-\d\dT/.test(v) ? '' : v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const [key, value] of Object.entries(fields && typeof fields === 'object' ? fields : {})) {
    const before = out.length;
    walk(value);
    if (out.slice(before).some(Boolean)) out.splice(before, 0, labels.get(key) ?? '');
  }
  return out.filter(Boolean).join('\n');
}

/**
 * The search records of the given documents; ids whose document is deleted or gone are
 * returned as `removed`.
 */
export async function buildRecords(ids: string[]): Promise<{ records: TSearchRecord[]; removed: string[] }> {
  const docs = await db.document.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: {
      id: true,
      version: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      body: true,
      fields: true,
      reviewBy: true,
      updatedAt: true,
      tags: { select: { name: true } },
      owner: { select: { name: true, jobRole: true } },
      project: { select: { id: true, slug: true, name: true, visibility: true, members: { select: { userId: true } } } },
    },
  });
  const found = new Set(docs.map((d) => d.id));
  const records = docs.map(
    (d): TSearchRecord => ({
      id: d.id,
      version: d.version,
      title: d.title,
      path: documentPath(d.project?.slug, d.slug),
      kind: d.kind,
      projectId: d.project?.id ?? null,
      project: d.project?.slug ?? null,
      projectName: d.project?.name ?? null,
      restricted: d.project?.visibility === 'restricted',
      memberIds: d.project?.visibility === 'restricted' ? d.project.members.map((m) => m.userId) : [],
      tags: d.tags.map((t) => t.name),
      owner: d.owner.name,
      jobRole: d.owner.jobRole,
      status: d.status,
      reviewBy: d.reviewBy ? d.reviewBy.toISOString().slice(0, 10) : null,
      fieldsText: fieldsText(d.kind, d.fields),
      updatedAt: d.updatedAt.toISOString(),
      sections: splitSections(d.body),
    }),
  );
  return { records, removed: ids.filter((id) => !found.has(id)) };
}
