import 'server-only';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { FACETS, type TFacetCounts, type TSearchHit, type TSearchQuery, type TSearchResult } from '../contract';
import { MATCH_START, MATCH_STOP, snippetHtml } from '../snippet';
import { synonymGroups } from '../synonyms';
import { correctWords } from './correct';
import { tokenize, toTerms, toTsquery, type TTerm } from './query';

const FACET_LIMIT = 20;

type TRow = { total: bigint | number; hits: TSearchHit[] | null; facets: { facet: string; value: string; label: string | null; count: number }[] | null };

function filters(q: TSearchQuery): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (q.kind?.length) out.push(Prisma.sql`sd.kind = ANY(${q.kind}::text[])`);
  if (q.project?.length) out.push(Prisma.sql`sd."projectSlug" = ANY(${q.project}::text[])`);
  if (q.owner?.length) out.push(Prisma.sql`sd.owner = ANY(${q.owner}::text[])`);
  if (q.jobRole?.length) out.push(Prisma.sql`sd."jobRole" = ANY(${q.jobRole}::text[])`);
  if (q.status) out.push(Prisma.sql`sd.status = ${q.status}`);
  if (q.tags?.length) out.push(Prisma.sql`sd.tags && ${q.tags}::text[]`);
  if (q.needsReview !== undefined) out.push(Prisma.sql`${NEEDS_REVIEW} = ${q.needsReview}`);
  return out;
}

const NEEDS_REVIEW = Prisma.sql`(coalesce(sd."reviewBy" < now(), false) OR coalesce(sd."monitoringReviewBy" < now(), false))`;

/** The reader's access rule on the index table alone: team-wide and internal, or their projects. */
export async function accessRule(actor: TActor): Promise<Prisma.Sql> {
  if (actor.role === 'admin') return Prisma.sql`TRUE`;
  const mine = await db.$queryRaw<{ projectId: string }[]>`SELECT "projectId" FROM "ProjectMember" WHERE "userId" = ${actor.id}`;
  return Prisma.sql`(NOT sd.restricted OR sd."projectId" = ANY(${mine.map((m) => m.projectId)}::text[]))`;
}

// Relevance is ranked in two steps: every match by its small title/headings/tags/fields vector,
// then the best CANDIDATES of those by their full text. Exact for small result sets; for a word
// in most of 100,000 documents it keeps ranking to a few hundred full vectors.
const CANDIDATES = 300;

async function run(rule: Prisma.Sql, q: TSearchQuery, tsquery: string | null, words: string[] = []): Promise<TSearchResult> {
  const sql = searchSql(rule, q, tsquery, words);
  // Matches are materialized once and grouped several times: keep that in memory (the 4 MB
  // default spills a common word's 50,000 matches to disk, measured 5x slower).
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL work_mem = '64MB'`, db.$queryRaw<TRow[]>(sql)]);
  const row = rows[0];
  return toResult(row!);
}

/** The one statement a search runs (`rule`: the reader's access): hits, the page with snippets, facets. */
export function searchSql(rule: Prisma.Sql, q: TSearchQuery, tsquery: string | null, words: string[] = []): Prisma.Sql {
  // Word beginnings, so "retraining" also finds "retrain" in a section's text.
  const stems = words.map((w) => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 3)) : w));
  const where = Prisma.join([tsquery ? Prisma.sql`sd.tsv @@ query.q` : Prisma.sql`TRUE`, rule, ...filters(q)], ' AND ');
  const offset = (q.page - 1) * q.perPage;
  const byRelevance = tsquery !== null && q.sort === 'relevance';
  const window = Math.max(CANDIDATES, offset + q.perPage);
  const opts = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  return Prisma.sql`
    WITH query AS (SELECT to_tsquery('english', ${tsquery ?? ''}) AS q),
    hits AS MATERIALIZED (
      -- Narrow rows: every match is counted and faceted; titles are read for the page only.
      SELECT sd."documentId" AS id, sd.kind, sd."projectSlug", sd."projectName", sd.owner, sd."jobRole", sd.status, sd.tags, sd."updatedAt",
             ${NEEDS_REVIEW} AS "needsReview",
             CASE WHEN ${byRelevance} THEN ts_rank(sd.head, query.q) ELSE 0 END AS head_rank
      FROM "SearchDocument" sd, query
      WHERE ${where}
    ),
    candidates AS (
      SELECT h.id, h.kind, h."updatedAt", sd.title, sd.slug, sd."projectSlug", sd."projectName",
             CASE WHEN ${byRelevance} THEN ts_rank(sd.tsv, query.q, 1) ELSE 0 END AS rank
      FROM (SELECT id, kind, "updatedAt", head_rank FROM hits ORDER BY head_rank DESC, "updatedAt" DESC, id LIMIT ${window}) h
      JOIN "SearchDocument" sd ON sd."documentId" = h.id, query
    ),
    page AS (
      SELECT * FROM candidates ORDER BY rank DESC, "updatedAt" DESC, id LIMIT ${q.perPage} OFFSET ${offset}
    ),
    best AS (
      -- The section a hit comes from: the one holding most of the query's words (a substring
      -- test, far cheaper than parsing every section of the page into a tsvector), then the first.
      SELECT DISTINCT ON (pg.id) pg.id, s.anchor, s.heading, s.text
      FROM page pg JOIN "SearchSection" s ON s."documentId" = pg.id
      ORDER BY pg.id,
               (SELECT count(*) FROM unnest(${stems}::text[]) w WHERE strpos(lower(s.heading || ' ' || s.text), w) > 0) DESC,
               s.position
    )
    SELECT
      (SELECT count(*) FROM hits) AS total,
      (SELECT json_agg(json_build_object(
          'id', pg.id, 'title', pg.title, 'slug', pg.slug, 'kind', pg.kind, 'updatedAt', pg."updatedAt",
          'projectSlug', pg."projectSlug", 'projectName', pg."projectName",
          'anchor', coalesce(b.anchor, ''), 'heading', coalesce(b.heading, ''),
          'snippet', CASE WHEN ${tsquery !== null} THEN ts_headline('english', coalesce(b.text, ''), query.q, ${opts}) ELSE left(coalesce(b.text, ''), 220) END
        ) ORDER BY pg.rank DESC, pg."updatedAt" DESC, pg.id)
        FROM page pg LEFT JOIN best b ON b.id = pg.id, query) AS hits,
      (SELECT json_agg(f) FROM (
          SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING("projectSlug") = 0 THEN 'project' WHEN GROUPING(owner) = 0 THEN 'owner'
                      WHEN GROUPING("jobRole") = 0 THEN 'jobRole' WHEN GROUPING(status) = 0 THEN 'status' ELSE 'needsReview' END AS facet,
                 coalesce(kind, "projectSlug", owner, "jobRole", status, "needsReview"::text) AS value,
                 CASE WHEN GROUPING("projectSlug") = 0 THEN min("projectName") END AS label,
                 count(*)::int AS count
          FROM hits
          GROUP BY GROUPING SETS ((kind), ("projectSlug"), (owner), ("jobRole"), (status), ("needsReview"))
          UNION ALL
          SELECT 'tags', t, NULL, count(*)::int FROM (SELECT unnest(tags) AS t FROM hits) x GROUP BY t
        ) f WHERE f.value IS NOT NULL) AS facets`;
}

type TRawHit = TSearchHit & { slug: string; projectSlug: string | null; projectName: string | null };

function toResult(row: TRow): TSearchResult {
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as TFacetCounts;
  for (const f of row.facets ?? []) facets[f.facet as keyof TFacetCounts]?.push({ value: f.value, count: f.count, ...(f.label ? { label: f.label } : {}) });
  for (const key of FACETS) facets[key] = facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_LIMIT);
  const hits = ((row.hits ?? []) as TRawHit[]).map((h) => ({
    id: h.id,
    title: h.title,
    path: documentPath(h.projectSlug, h.slug),
    anchor: h.anchor,
    heading: h.heading,
    snippet: snippetHtml(h.snippet),
    kind: h.kind,
    project: h.projectSlug ? { slug: h.projectSlug, name: h.projectName ?? h.projectSlug } : null,
    updatedAt: new Date(h.updatedAt).toISOString(),
  }));
  return { hits, total: Number(row.total), facets };
}

/** Whole indexed words the last word may complete to (see TTerm.expansions). */
async function expandPrefix(terms: TTerm[]) {
  const last = terms.at(-1);
  if (!last?.prefix) return terms;
  const word = last.alternatives[0]![0]!;
  const rows = await db.$queryRaw<{ term: string }[]>`
    SELECT term FROM "SearchTerm" WHERE term LIKE ${`${word}%`} AND term <> ${word} ORDER BY length(term), term LIMIT 12`;
  return [...terms.slice(0, -1), { ...last, expansions: rows.map((r) => r.term) }];
}

/**
 * Searches as `actor`: what they cannot read is never counted, suggested or shown. Every word
 * must match; when nothing does, the closest indexed words are tried (said only if they find
 * something), and then pages with any of the words.
 */
export async function searchBuiltin(actor: TActor, q: TSearchQuery): Promise<TSearchResult> {
  const words = tokenize(q.q);
  const rule = await accessRule(actor); // read once, for every attempt below
  if (words.length === 0) return run(rule, q, null);
  const groups = synonymGroups();
  const terms = async (ws: string[]) => expandPrefix(toTerms(ws, groups, true));
  const first = await run(rule, q, toTsquery(await terms(words)), words);
  if (first.total > 0) return first;
  const fixed = await correctWords(words);
  if (fixed) {
    const second = await run(rule, q, toTsquery(await terms(fixed)), fixed);
    if (second.total > 0) return { ...second, correctedQuery: fixed.join(' ') };
  }
  if (words.length < 2) return first;
  const any = await run(rule, q, toTsquery(await terms(fixed ?? words), true), fixed ?? words);
  return any.total > 0 ? { ...any, someWords: true, ...(fixed ? { correctedQuery: fixed.join(' ') } : {}) } : first;
}
