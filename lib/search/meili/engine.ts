import 'server-only';
import { Meilisearch, type Index, type Task } from 'meilisearch';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import {
  FACETS,
  ZSearchQuery,
  type TFacetCounts,
  type TLikeHit,
  type TLikeQuery,
  type TSearchEngine,
  type TSearchQuery,
  type TSearchResult,
  type TSearchRecord,
} from '../contract';
import { MATCH_START, MATCH_STOP, snippetHtml } from '../snippet';
import { hiddenFrom } from '../hidden-from';
import { synonymGroups, understandQuery } from '../synonyms';
import { tokenize } from '../builtin/query';
import { buildFilter, FACET_ATTRIBUTES, indexSettings, namedFilter, pinFirst, toMeiliRecords, type TMeiliRecord } from './mapping';

const WAIT = { timeout: 60_000, interval: 50 };

function check(task: Task): Task {
  if (task.status === 'failed') throw new Error(`Meilisearch task ${task.uid} failed: ${task.error?.message ?? 'unknown error'}`);
  return task;
}

/**
 * The Meilisearch engine: one record per section, `documentId` as the distinct attribute, access
 * applied as a filter built here from PostgreSQL's projects and memberships (never sent by the
 * browser). Meilisearch corrects typos only against records the filter lets through, so its
 * typo tolerance cannot reveal a restricted page's words.
 */
export function meiliEngine(config: { host: string; apiKey?: string; index: string }): TSearchEngine {
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey });
  const index: Index<TMeiliRecord> = client.index<TMeiliRecord>(config.index);
  let ready: Promise<void> | null = null;
  const ensureIndex = () =>
    (ready ??= (async () => {
      const created = await client.createIndex(config.index, { primaryKey: 'id' }).waitTask(WAIT);
      if (created.status === 'failed' && created.error?.code !== 'index_already_exists') check(created);
      check(await index.updateSettings(indexSettings(synonymGroups())).waitTask(WAIT));
    })().catch((err: unknown) => {
      ready = null; // try again next time
      throw err;
    }));

  const removeDocuments = async (ids: string[]) => {
    if (ids.length)
      check(await index.deleteDocuments({ filter: `documentId IN [${ids.map((i) => JSON.stringify(i)).join(', ')}]` }).waitTask(WAIT));
  };

  return {
    name: 'Meilisearch',
    usesSections: true, // one Meilisearch record per section
    async ping() {
      const { status } = await client.health();
      if (status !== 'available') throw new Error(`Meilisearch says ${status}`);
    },
    async index(records: TSearchRecord[]) {
      await ensureIndex();
      for (let i = 0; i < records.length; i += 500) {
        const chunk = records.slice(i, i + 500);
        // A document's sections may shrink: drop its old records first (tasks run in order).
        await removeDocuments(chunk.map((r) => r.id));
        check(await index.addDocuments(chunk.flatMap(toMeiliRecords), { primaryKey: 'id' }).waitTask(WAIT));
      }
    },
    async remove(ids: string[]) {
      await ensureIndex();
      await removeDocuments(ids);
    },
    async similar(actor: TActor, like: TLikeQuery): Promise<TLikeHit[]> {
      await ensureIndex();
      const words = like.terms.filter((t) => /^[a-z0-9]+$/.test(t));
      if (words.length === 0) return [];
      const exclude = [
        like.excludeId ? `documentId != ${JSON.stringify(like.excludeId)}` : '',
        like.excludeProjectId ? `(projectId IS NULL OR projectId != ${JSON.stringify(like.excludeProjectId)})` : '',
      ];
      const filter = [buildFilter(await hiddenFrom(actor), ZSearchQuery.parse({}), Date.now()), ...exclude].filter(Boolean);
      // "last": drop words from the end until pages match, so the first words (the draft's
      // weightiest) count most; one record per page (documentId is the distinct attribute).
      const res = await index.search(words.join(' '), {
        filter: filter.join(' AND '),
        matchingStrategy: 'last',
        limit: like.limit,
        showRankingScore: true,
        attributesToRetrieve: ['documentId'],
      });
      return res.hits.map((h) => ({ id: h.documentId, score: h._rankingScore ?? 0 }));
    },
    async search(actor: TActor, q: TSearchQuery): Promise<TSearchResult> {
      await ensureIndex();
      const now = Date.now();
      const filter = buildFilter(await hiddenFrom(actor), q, now);
      const count = (extra: string) => ({
        indexUid: config.index,
        q: q.q,
        filter: [filter, extra].filter(Boolean).join(' AND '),
        hitsPerPage: 0,
        page: 1,
      });
      // A query naming a project or a kind (lib/search/understand.ts): its best pages come first
      // on the first page of a relevance search.
      const u =
        q.q && q.page === 1 && q.sort === 'relevance'
          ? understandQuery(tokenize(q.q), q.q, await db.project.findMany({ select: { slug: true, name: true } }))
          : null;
      const onlyNamed = u ? namedFilter(u) : null;
      const named = u && onlyNamed ? { words: u.required.join(' ') || q.q, filter: onlyNamed } : null;
      const hitsQuery = {
        indexUid: config.index,
        q: q.q,
        filter,
        facets: [...FACET_ATTRIBUTES],
        hitsPerPage: q.perPage,
        page: q.page,
        ...(q.sort === 'recent' || !q.q ? { sort: ['updatedAt:desc'] } : {}),
        attributesToRetrieve: [
          'documentId',
          'title',
          'path',
          'anchor',
          'heading',
          'record',
          'kind',
          'status',
          'projectSlug',
          'projectName',
          'updatedAt',
        ],
        attributesToHighlight: ['text'],
        attributesToCrop: ['text'],
        cropLength: 28,
        highlightPreTag: MATCH_START,
        highlightPostTag: MATCH_STOP,
      };
      const { results } = await client.multiSearch({
        queries: [
          hitsQuery,
          count(`reviewDue < ${now}`),
          count(`(reviewDue IS NULL OR reviewDue >= ${now})`),
          ...(named
            ? [
                {
                  ...hitsQuery,
                  q: named.words,
                  filter: [filter, named.filter].filter(Boolean).join(' AND '),
                  facets: [],
                  hitsPerPage: 3,
                },
              ]
            : []),
        ],
      });
      const [main, due, notDue, pinned] = results as unknown as [
        {
          hits: (TMeiliRecord & { _formatted?: { text?: string } })[];
          totalHits?: number;
          facetDistribution?: Record<string, Record<string, number>>;
        },
        { totalHits?: number },
        { totalHits?: number },
        { hits: (TMeiliRecord & { _formatted?: { text?: string } })[] } | undefined,
      ];
      if (pinned) main.hits = pinFirst(pinned.hits, main.hits, q.perPage);
      const facets = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as TFacetCounts;
      const dist = main.facetDistribution ?? {};
      const sorted = (o: Record<string, number> = {}) =>
        Object.entries(o)
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets.kind = sorted(dist.kind);
      facets.tags = sorted(dist.tags);
      facets.owner = sorted(dist.owner);
      facets.jobRole = sorted(dist.jobRole);
      facets.status = sorted(dist.status);
      const names = new Map(main.hits.map((h) => [h.projectSlug, h.projectName]));
      const slugs = Object.keys(dist.projectSlug ?? {}).filter((s) => !names.has(s));
      for (const p of slugs.length ? await db.project.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }) : [])
        names.set(p.slug, p.name);
      facets.project = sorted(dist.projectSlug).map((f) => ({ ...f, label: names.get(f.value) ?? f.value }));
      facets.needsReview = [
        { value: 'true', count: due.totalHits ?? 0 },
        { value: 'false', count: notDue.totalHits ?? 0 },
      ].filter((f) => f.count > 0);
      return {
        total: main.totalHits ?? 0,
        facets,
        hits: main.hits.map((h) => ({
          id: h.documentId,
          title: h.title,
          path: h.path,
          anchor: h.anchor,
          heading: h.heading,
          record: h.record,
          snippet: snippetHtml(h._formatted?.text ?? ''),
          kind: h.kind as TSearchRecord['kind'],
          draft: h.status === 'draft',
          project: h.projectSlug ? { slug: h.projectSlug, name: h.projectName ?? h.projectSlug } : null,
          updatedAt: new Date(h.updatedAt).toISOString(),
        })),
      };
    },
  };
}
