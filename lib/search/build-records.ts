import 'server-only';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { keyedFields, type TFieldSpec } from '@/lib/kinds/form-spec';
import type { TKind } from '@/lib/kinds/kinds';
import type { TSearchRecord } from './contract';
import { headingTexts } from '@/lib/markdown/outline';
import { splitSections } from './sections';
import { structuredSections } from './structured-sections';

// Read for every document a reindex builds and every search hit: worked out once per kind. The
// labels of fields inside rows and groups too ("Rationale", "Decided by", "Retraining trigger").
type TLabels = { top: Map<string, string>; nested: Map<string, string> };
const labelsByKind = new Map<TKind, TLabels>();
function fieldLabels(kind: TKind): TLabels {
  let labels = labelsByKind.get(kind);
  if (!labels) {
    const top = keyedFields(KIND_FIELDS[kind].form);
    const nested = new Map<string, string>();
    const collect = (specs: TFieldSpec[]) => {
      for (const f of keyedFields(specs)) {
        if (!nested.has(f.key)) nested.set(f.key, f.label);
        if (f.type === 'rows' || f.type === 'group') collect(f.fields);
      }
    };
    for (const f of top) if (f.type === 'rows' || f.type === 'group') collect(f.fields);
    labels = { top: new Map(top.map((f) => [f.key, f.label])), nested };
    labelsByKind.set(kind, labels);
  }
  return labels;
}

/**
 * A document's structured fields as plain words: each filled field's label (so "lessons",
 * "ethical considerations" or "rationale" find the documents that have them), then its values.
 * A top-level field's label comes before its value; a nested field's label once per document, so
 * a card with ten decisions does not say "rationale" ten times.
 */
export function fieldsText(kind: TKind, fields: unknown): string {
  const labels = fieldLabels(kind);
  const out: string[] = [];
  const said = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v.length > 10 && /^\d{4}-\d\d-\d\dT/.test(v) ? '' : v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [key, value] of Object.entries(v)) {
        const before = out.length;
        walk(value);
        const label = labels.nested.get(key);
        if (label && !said.has(label) && out.slice(before).some(Boolean)) {
          said.add(label);
          out.splice(before, 0, label);
        }
      }
    }
  };
  for (const [key, value] of Object.entries(fields && typeof fields === 'object' ? fields : {})) {
    const before = out.length;
    walk(value);
    if (out.slice(before).some(Boolean)) out.splice(before, 0, labels.top.get(key) ?? '');
  }
  return out.filter(Boolean).join('\n');
}

/**
 * The search records of the given documents (with sections split when `sections`); ids whose
 * document is deleted or gone are returned as `removed`.
 */
export async function buildRecords(ids: string[], { sections = true } = {}): Promise<{ records: TSearchRecord[]; removed: string[] }> {
  // One statement (the query builder costs ~3x more per document, which a full reindex feels).
  const docs = await db.$queryRaw<TRow[]>`
    SELECT d.id, d.version, d.slug, d.title, d.kind::text AS kind, d.status::text AS status, d.body, d.fields,
           d."reviewBy", d."monitoringReviewBy", d."updatedAt", p.id AS "projectId", p.slug AS "projectSlug", p.name AS "projectName",
           coalesce(p.visibility = 'restricted', false) AS restricted, u.name AS owner, u."jobRole"::text AS "jobRole",
           coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM "DocumentTag" dt JOIN "Tag" t ON t.id = dt."tagId" WHERE dt."documentId" = d.id), '{}') AS tags
    FROM "Document" d
    LEFT JOIN "Project" p ON p.id = d."projectId"
    JOIN "User" u ON u.id = d."ownerId"
    WHERE d.id = ANY(${ids}::text[]) AND d."deletedAt" IS NULL`;
  const found = new Set(docs.map((d) => d.id));
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const records = docs.map((d): TSearchRecord => ({
    id: d.id,
    version: d.version,
    title: d.title,
    path: documentPath(d.projectSlug, d.slug),
    kind: d.kind,
    projectId: d.projectId,
    project: d.projectSlug,
    projectName: d.projectName,
    restricted: d.restricted,
    tags: d.tags,
    owner: d.owner,
    jobRole: d.jobRole,
    status: d.status,
    reviewBy: day(d.reviewBy),
    monitoringReviewBy: day(d.monitoringReviewBy),
    fieldsText: fieldsText(d.kind, d.fields),
    updatedAt: d.updatedAt.toISOString(),
    markdown: d.body,
    headings: headingTexts(d.body),
    sections: sections ? [...splitSections(d.body), ...structuredSections(d.fields)] : [],
  }));
  return { records, removed: ids.filter((id) => !found.has(id)) };
}

type TRow = {
  id: string;
  version: number;
  slug: string;
  title: string;
  kind: TKind;
  status: 'draft' | 'published';
  body: string;
  fields: unknown;
  reviewBy: Date | null;
  monitoringReviewBy: Date | null;
  updatedAt: Date;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
  restricted: boolean;
  owner: string;
  jobRole: string;
  tags: string[];
};
