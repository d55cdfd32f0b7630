// Pure parts of the Meilisearch engine, unit-tested without a server: the index settings, how a
// document becomes section records, and how a query (with the reader's access) becomes a
// filter. Values in filters are JSON-quoted, so a tag or name cannot change the expression.
import type { Settings } from 'meilisearch';
import type { TSearchQuery, TSearchRecord } from '../contract';
import type { THidden } from '../hidden-from';
import type { TSection } from '../sections';

export const FACET_ATTRIBUTES = ['kind', 'projectSlug', 'tags', 'owner', 'jobRole', 'status'] as const;

/** One Meilisearch record per section; `documentId` is the distinct attribute (one hit per page). */
export type TMeiliRecord = {
  id: string;
  documentId: string;
  position: number;
  title: string;
  heading: string;
  anchor: string;
  record: 'document' | 'decision' | 'lesson'; // what the section is: page text, a decision, a lesson
  text: string;
  fields: string;
  tags: string[];
  kind: string;
  path: string;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
  restricted: boolean;
  owner: string;
  jobRole: string;
  status: string;
  reviewDue: number | null; // epoch ms of the earliest review date (page or monitoring)
  updatedAt: number;
};

export function indexSettings(synonymGroups: string[][][]): Settings {
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    const phrases = group.map((words) => words.join(' '));
    for (const p of phrases) synonyms[p] = [...new Set([...(synonyms[p] ?? []), ...phrases.filter((x) => x !== p)])];
  }
  return {
    // Order is weight: title > headings > tags and structured fields > text.
    searchableAttributes: ['title', 'heading', 'tags', 'fields', 'text'],
    filterableAttributes: [
      'documentId',
      'kind',
      'projectSlug',
      'projectId',
      'restricted',
      'tags',
      'owner',
      'jobRole',
      'status',
      'reviewDue',
    ],
    sortableAttributes: ['updatedAt'],
    distinctAttribute: 'documentId',
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 20 },
    pagination: { maxTotalHits: 10_000 },
  };
}

const day = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) : null);

export function toMeiliRecords(r: TSearchRecord): TMeiliRecord[] {
  const due = [day(r.reviewBy), day(r.monitoringReviewBy)].filter((x): x is number => x !== null);
  const sections: TSection[] = r.sections.length ? r.sections : [{ anchor: '', heading: '', text: '' }];
  return sections.map((s, position) => ({
    id: `${r.id}_${position}`,
    documentId: r.id,
    position,
    title: r.title,
    heading: s.heading,
    anchor: s.anchor,
    record: s.record ?? 'document',
    text: s.text,
    // The fields and tags ride on the first section, so they count once per document.
    fields: position === 0 ? r.fieldsText : '',
    tags: r.tags,
    kind: r.kind,
    path: r.path,
    projectId: r.projectId,
    projectSlug: r.project,
    projectName: r.projectName,
    restricted: r.restricted,
    owner: r.owner,
    jobRole: r.jobRole,
    status: r.status,
    reviewDue: due.length ? Math.min(...due) : null,
    updatedAt: Date.parse(r.updatedAt),
  }));
}

const quote = (v: string) => JSON.stringify(v);
const anyOf = (attr: string, values: string[]) => `${attr} IN [${values.map(quote).join(', ')}]`;

/**
 * The filter for a query: access first (never left to the caller), then the facets. `hidden` is
 * the restricted projects the reader is not a member of and the drafts they may not read, read
 * from PostgreSQL per search (not the index's own `restricted` flag or status, which lag a change
 * until the next reindex).
 * Records without a project have no projectId, and NOT IN keeps them.
 */
export function buildFilter(hidden: THidden, q: TSearchQuery, now: number): string {
  const parts: string[] = [];
  if (hidden.projects.length) parts.push(`projectId NOT IN [${hidden.projects.map(quote).join(', ')}]`);
  if (hidden.drafts.length) parts.push(`documentId NOT IN [${hidden.drafts.map(quote).join(', ')}]`);
  if (q.kind?.length) parts.push(anyOf('kind', q.kind));
  if (q.project?.length) parts.push(anyOf('projectSlug', q.project));
  if (q.tags?.length) parts.push(anyOf('tags', q.tags));
  if (q.owner?.length) parts.push(anyOf('owner', q.owner));
  if (q.jobRole?.length) parts.push(anyOf('jobRole', q.jobRole));
  if (q.status) parts.push(`status = ${quote(q.status)}`);
  if (q.needsReview === true) parts.push(`reviewDue < ${now}`);
  if (q.needsReview === false) parts.push(`(reviewDue IS NULL OR reviewDue >= ${now})`);
  return parts.join(' AND ');
}

/**
 * The filter for the pages a query named (lib/search/understand.ts): its projects and kinds, both
 * when it named both. Null when it named neither.
 */
export function namedFilter(named: { projects: string[]; kinds: string[] }): string | null {
  const parts = [
    ...(named.projects.length ? [anyOf('projectSlug', named.projects)] : []),
    ...(named.kinds.length ? [anyOf('kind', named.kinds)] : []),
  ];
  return parts.length ? parts.join(' AND ') : null;
}

/**
 * Meilisearch cannot raise a facet value inside one ranking, so the best matches among the named
 * pages come first, then the rest in Meilisearch's order, each page once.
 */
export function pinFirst<T extends { documentId: string }>(named: T[], hits: T[], perPage: number): T[] {
  const seen = new Set(named.map((h) => h.documentId));
  return [...named, ...hits.filter((h) => !seen.has(h.documentId))].slice(0, perPage);
}
