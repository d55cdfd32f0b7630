import 'server-only';
// Similar past work for a draft (or a saved page): pages from other projects the reader may read,
// found by the search engine's "more like this" from the draft's weightiest words, and the
// lessons and decisions those pages hold that share the most with the draft. Each says why.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { LIMITS } from '@/lib/documents/schemas';
import { KINDS } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';
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
  const project = draft.projectSlug ? await db.project.findUnique({ where: { slug: draft.projectSlug }, select: { id: true } }) : null;
  const hits = await searchEngine().similar(actor, {
    terms: terms.map((t) => t.term),
    excludeId: draft.documentId ?? null,
    excludeProjectId: project?.id ?? null,
    limit: CANDIDATES,
  });
  if (hits.length === 0) return [];
  const docs = await db.document.findMany({
    where: { id: { in: hits.map((h) => h.id) }, deletedAt: null, ...visibleDocuments(actor) },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      fields: true,
      tags: { select: { tag: { select: { name: true } } } },
      project: { select: { slug: true, name: true } },
      lessons: { select: { text: true, tags: true, position: true } },
      decisions: { select: { decision: true, rationale: true, position: true } },
    },
  });
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
    const path = documentPath(d.project?.slug, d.slug);
    const tags = d.tags.map((t) => t.tag.name);
    const side = { terms: [], text: `${d.title}\n${tags.join(' ')}\n${fieldsText(d.fields)}`, datasets: datasetsOf(d.kind, d.fields) };
    const on = { page: d.title, project: d.project?.name ?? null, kind: d.kind };
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
