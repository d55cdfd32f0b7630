// The contract every search engine keeps (the built-in PostgreSQL engine and Meilisearch).
// Pages and the palette talk to this, never to an engine directly.
import { z } from 'zod';
import { KINDS } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import type { TSection } from './sections';

export const FACETS = ['kind', 'project', 'tags', 'owner', 'jobRole', 'status', 'needsReview'] as const;

/** How far results can be paged, as with Meilisearch's default maxTotalHits: narrow the search to see more. */
export const MAX_RESULTS = 1000;
export type TFacet = (typeof FACETS)[number];

/** One document as engines index it: its facets and its sections. */
export type TSearchRecord = {
  id: string;
  version: number;
  title: string;
  path: string;
  kind: (typeof KINDS)[number];
  projectId: string | null;
  project: string | null; // slug
  projectName: string | null;
  restricted: boolean;
  tags: string[];
  owner: string;
  jobRole: string;
  status: 'draft' | 'published';
  reviewBy: string | null; // ISO day
  monitoringReviewBy: string | null; // a model card's next monitoring review
  fieldsText: string; // structured fields as words
  updatedAt: string;
  markdown: string; // the body as written
  headings: string[]; // its headings as text
  sections: TSection[]; // split only for engines that index sections (see usesSections)
};

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .map((x) => x.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 20),
  )
  .optional();

/** A query as the page and the palette send it; anything malformed falls back to a default. */
export const ZSearchQuery = z.object({
  q: z.string().trim().max(200).catch('').default(''),
  kind: z.array(z.enum(KINDS)).max(KINDS.length).optional().catch(undefined),
  project: list.catch(undefined),
  tags: list.catch(undefined),
  owner: list.catch(undefined),
  jobRole: list.catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
  needsReview: z.boolean().optional().catch(undefined),
  sort: z.enum(['relevance', 'recent']).catch('relevance').default('relevance'),
  page: z.coerce.number().int().min(1).max(100).catch(1).default(1),
  perPage: z.coerce.number().int().min(1).max(50).catch(20).default(20),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export type TSearchHit = {
  id: string;
  title: string;
  path: string;
  anchor: string; // the section the best match is in ('' for the top)
  heading: string;
  // What the best match is in: the page, or one of its recorded decisions or lessons.
  record: 'document' | 'decision' | 'lesson';
  snippet: string; // HTML: escaped text with <mark> around matches, nothing else
  kind: TSearchRecord['kind'];
  // A draft: shown only to who may read it (its owner and its editors), and marked as such.
  draft: boolean;
  project: { slug: string; name: string } | null;
  updatedAt: string;
};

export type TFacetCounts = Record<TFacet, { value: string; count: number; label?: string }[]>;

export type TSearchResult = {
  hits: TSearchHit[];
  total: number;
  facets: TFacetCounts;
  // Set when the query was corrected for typos: the words actually searched.
  correctedQuery?: string;
  // Set when no document has every word, and these hits have only some of them.
  someWords?: true;
  // Set when the total and facet counts are estimates (very many matches), shown as "about".
  approximate?: true;
};

/**
 * "More like this": pages sharing the most of these words (a draft's title, headings, tags and
 * fields, lib/similar/draft-terms.ts), any of them counting, best first. Only [a-z0-9] words.
 * Leaves out a page (the one being written) and a project's pages (the writer's own project).
 */
export type TLikeQuery = { terms: string[]; excludeId: string | null; excludeProjectId: string | null; limit: number };
export type TLikeHit = { id: string; score: number };

export type TSearchEngine = {
  name: string;
  // Whether index() reads records' sections (splitting every body costs a full reindex minutes).
  usesSections: boolean;
  index(records: TSearchRecord[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  // Around a full rebuild (optional): bulk-load mode before, query-ready after.
  beforeRebuild?(): Promise<void>;
  afterRebuild?(): Promise<void>;
  search(actor: TActor, query: TSearchQuery): Promise<TSearchResult>;
  similar(actor: TActor, like: TLikeQuery): Promise<TLikeHit[]>;
  // For /api/health: resolves when the engine answers, rejects with why it does not.
  ping(): Promise<void>;
};
