import 'server-only';
// Similar past work for a draft (or a saved page): pages from other projects the reader may read,
// found by the search engine's "more like this" from the draft's weightiest words, and the
// lessons and decisions those pages hold that share the most with the draft. Each says why.
import { z } from 'zod';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { documentPath } from '@/lib/documents/paths';
import { LIMITS } from '@/lib/documents/schemas';
import { KINDS } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import { visibleSql } from '@/lib/policies/visible-to';
import { fieldRelations } from '@/lib/relations/field-relations';
import { searchEngine } from '@/lib/search/engine';
import { draftTerms, fieldsText, type TDraftText } from './draft-terms';
import { overlap, reasons } from './reasons';

export const ZSimilarDraft = z.object({
  kind: z.enum(KINDS),
  title: z.string().max(LIMITS.title).default(''),
  body: z.string().max(LIMITS.bodyBytes, 'The text is too long to compare').default(''),
  tags: z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags).default([]),
  fields: z
    .unknown()
    .refine((v) => JSON.stringify(v ?? null).length <= 200_000, 'The fields are too large to compare')
    .optional(),
  projectSlug: z.string().max(LIMITS.slug).nullable().optional(),
  documentId: z.string().max(64).nullable().optional(),
});
type TSimilarDraft = z.output<typeof ZSimilarDraft>;

export type TSimilarItem = {
  type: 'page' | 'lesson' | 'decision';
  key: string;
  text: string; // the page's title, the lesson's or the decision's words
  path: string;
  kind: string;
  page: string; // the page it is on
  project: string | null;
  why: string[];
};

type TCandidate = {
  id: string;
  slug: string;
  title: string;
  kind: string;
  fields: unknown;
  projectSlug: string | null;
  projectName: string | null;
  tags: string[];
  lessons: { text: string; tags: string[]; position: number }[];
  decisions: { decision: string; rationale: string; position: number }[];
};

const CANDIDATES = 12;
const SAME_KIND = 1.5;

const datasetsOf = (kind: string, fields: unknown) =>
  fieldRelations(kind, fields as Record<string, unknown>)
    .filter((r) => r.type === 'trained_on' || r.type === 'evaluated_on')
    .map((r) => r.targetKey);

export async function similarWork(actor: TActor, draft: TSimilarDraft, limit = 8): Promise<TSimilarItem[]> {
  const text: TDraftText = { title: draft.title, body: draft.body, tags: draft.tags, fields: draft.fields };
  const terms = draftTerms(text);
  if (terms.length === 0) return [];
  const [project] = draft.projectSlug
    ? await readRows<{ id: string }>(Prisma.sql`SELECT id FROM "Project" WHERE slug = ${draft.projectSlug}`)
    : [];
  const hits = await searchEngine().similar(actor, {
    terms: terms.map((t) => t.term),
    excludeId: draft.documentId ?? null,
    excludeProjectId: project?.id ?? null,
    limit: CANDIDATES,
  });
  if (hits.length === 0) return [];
  // Beside every page view (the related card): one prepared statement, not Prisma's nested read.
  const docs = await readRows<TCandidate>(Prisma.sql`
    SELECT d.id, d.slug, d.title, d.kind::text AS kind, d.fields, p.slug AS "projectSlug", p.name AS "projectName",
           ARRAY(SELECT t.name FROM "DocumentTag" dt JOIN "Tag" t ON t.id = dt."tagId" WHERE dt."documentId" = d.id) AS tags,
           COALESCE((SELECT json_agg(json_build_object('text', l.text, 'tags', l.tags, 'position', l.position) ORDER BY l.position)
                     FROM "Lesson" l WHERE l."documentId" = d.id), '[]') AS lessons,
           COALESCE((SELECT json_agg(json_build_object('decision', c.decision, 'rationale', c.rationale, 'position', c.position) ORDER BY c.position)
                     FROM "Decision" c WHERE c."documentId" = d.id), '[]') AS decisions
    FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d.id = ANY(${hits.map((h) => h.id)}::text[]) AND d."deletedAt" IS NULL AND ${visibleSql(actor)}`);
  const mine = {
    terms: terms.map((t) => t.term),
    text: `${draft.title}\n${fieldsText(draft.fields)}`,
    datasets: datasetsOf(draft.kind, draft.fields),
  };
  const draftTags = new Set([...draft.tags, ...lessonTags(draft.fields)].map((t) => t.toLowerCase()));
  const best = Math.max(...hits.map((h) => h.score), Number.EPSILON);
  const pages: (TSimilarItem & { score: number })[] = [];
  const records: (TSimilarItem & { score: number })[] = [];
  for (const hit of hits) {
    const d = docs.find((x) => x.id === hit.id);
    if (!d) continue;
    const path = documentPath(d.projectSlug, d.slug);
    const tags = d.tags;
    const side = { terms: [], text: `${d.title}\n${tags.join(' ')}\n${fieldsText(d.fields)}`, datasets: datasetsOf(d.kind, d.fields) };
    const on = { page: d.title, project: d.projectName, kind: d.kind };
    // A writer of a retrospective learns most from other retrospectives (and so on for each kind).
    const score = (hit.score / best) * (d.kind === draft.kind ? SAME_KIND : 1);
    pages.push({ type: 'page', key: d.id, text: d.title, path, ...on, why: reasons(mine, side), score });
    for (const l of d.lessons) {
      const sharedTags = l.tags.filter((t) => draftTags.has(t));
      const score = overlap(terms, `${l.text} ${l.tags.join(' ')}`) + 0.5 * Math.min(sharedTags.length, 2);
      const why = [
        ...(sharedTags.length ? [`same tags: ${sharedTags.join(', ')}`] : []),
        ...reasons(mine, { ...side, text: l.text, datasets: [] }),
      ];
      if (why.length)
        records.push({ type: 'lesson', key: `${d.id}:l${l.position}`, text: l.text, path: `${path}#lessons`, ...on, why, score });
    }
    for (const c of d.decisions) {
      const score = overlap(terms, `${c.decision} ${c.rationale}`);
      const why = reasons(mine, { ...side, text: `${c.decision} ${c.rationale}`, datasets: [] });
      if (why.length)
        records.push({ type: 'decision', key: `${d.id}:d${c.position}`, text: c.decision, path: `${path}#decisions`, ...on, why, score });
    }
  }
  pages.sort((a, b) => b.score - a.score);
  records.sort((a, b) => b.score - a.score);
  // Pages and what they hold, taking turns, so the first few show both.
  const out: TSimilarItem[] = [];
  for (let i = 0; out.length < limit && (i < pages.length || i < records.length); i++) {
    for (const item of [pages[i], records[i]]) if (item && out.length < limit) out.push(withoutScore(item));
  }
  return out;
}

function withoutScore(scored: TSimilarItem & { score: number }): TSimilarItem {
  const item: Partial<typeof scored> = { ...scored };
  delete item.score;
  return item as TSimilarItem;
}

function lessonTags(fields: unknown): string[] {
  const lessons = (fields as { lessons?: { tags?: unknown }[] } | undefined)?.lessons;
  return Array.isArray(lessons)
    ? lessons.flatMap((l) => (Array.isArray(l?.tags) ? l.tags.filter((t): t is string => typeof t === 'string') : []))
    : [];
}
