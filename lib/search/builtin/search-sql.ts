import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TSearchQuery } from '../contract';
import { KEY } from './keys';

// The statements one search runs. Work is bounded by the sample size, not by the corpus: at most
// `sample` + 1 matches are read, and past that the total is the planner's estimate (from the
// tsvector statistics ANALYZE keeps) and facet counts are scaled up from the sample. Relevance
// ranks in two steps: the sample plus every title match by the small title/headings/tags/fields
// vector, then the best CANDIDATES of those by their full text. Pages of a project or kind the
// query names (lib/search/understand.ts) are raised by BOOST, and are candidates of their own.

const CANDIDATES = 100;
// How much naming a page's project or kind raises it (factors that multiply): a named project
// outweighs a title match elsewhere; a named kind settles between pages that match alike. The
// words typed standing together as typed ("age as a feature") raise a page by `phrase`.
const BOOST = { project: 4, kind: 2, phrase: 1.5 };

const NEEDS_REVIEW = Prisma.sql`(coalesce(sd."reviewBy" < now(), false) OR coalesce(sd."monitoringReviewBy" < now(), false))`;

function filters(q: TSearchQuery): Prisma.Sql[] {
  // Any of a facet's chosen values, every facet: one indexed "keys &&" test per facet.
  const any = (values: string[] | undefined, key: (v: string) => string) =>
    values?.length ? [Prisma.sql`sd.keys && ${values.map(key)}::text[]`] : [];
  const out: Prisma.Sql[] = [
    ...any(q.kind, KEY.kind),
    ...any(q.project, KEY.project),
    ...any(q.owner, KEY.owner),
    ...any(q.jobRole, KEY.jobRole),
    ...any(q.status ? [q.status] : undefined, KEY.status),
    ...any(q.tags, KEY.tag),
  ];
  if (q.needsReview !== undefined) out.push(Prisma.sql`${NEEDS_REVIEW} = ${q.needsReview}`);
  return out;
}

const and = (parts: Prisma.Sql[]) => Prisma.join(parts, ' AND ');
// The tsquery is written into each statement (not joined from a CTE) so the planner sees it:
// its row estimate is what the total is extrapolated from.
const Q = (tsquery: string | null) => Prisma.sql`to_tsquery('english', ${tsquery ?? ''})`;

/** Every condition a match meets: the words (in `vector`), the reader's access, the filters. */
function whereSql({ rule, q, tsquery }: TStatementInput, vector = Prisma.sql`sd.tsv`): Prisma.Sql {
  return and([tsquery ? Prisma.sql`${vector} @@ ${Q(tsquery)}` : Prisma.sql`TRUE`, rule, ...filters(q)]);
}

/**
 * What ranks the matches: `rankTsquery` has every word, the optional ones too, any of them
 * counting; `projects` and `kinds` are what the query named (no filter: a raise); `phrase` is
 * the required words as typed, when there are two or more.
 */
export type TRanking = { rankTsquery: string; projects: string[]; kinds: string[]; phrase: string | null };
export type TStatementInput = { rule: Prisma.Sql; q: TSearchQuery; tsquery: string | null; sample: number; ranking?: TRanking };

/** The factor a match's rank is multiplied by: 1, more when its project or kind was named. */
function boostSql(r: TRanking | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1::real`];
  if (r?.projects.length)
    parts.push(Prisma.sql`CASE WHEN sd.keys && ${r.projects.map(KEY.project)}::text[] THEN ${BOOST.project}::real ELSE 1 END`);
  if (r?.kinds.length) parts.push(Prisma.sql`CASE WHEN sd.keys && ${r.kinds.map(KEY.kind)}::text[] THEN ${BOOST.kind}::real ELSE 1 END`);
  return Prisma.sql`(${Prisma.join(parts, ' * ')})`;
}

/** Whether the page is ordered by relevance (there are words, and the reader did not ask for recency). */
export const byRelevance = ({ q, tsquery }: TStatementInput) => tsquery !== null && q.sort === 'relevance';

/** The planner's estimate of all matches (read from EXPLAIN when the sample is full). */
export function estimateSql(input: TStatementInput): Prisma.Sql {
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "SearchDocument" sd WHERE ${whereSql(input)}`;
}

/** The sampled matches, how many were read (at most sample + 1), their facets and (by relevance) the page. */
export function matchSql(input: TStatementInput): Prisma.Sql {
  const { q, tsquery, sample } = input;
  const ranked = byRelevance(input);
  const where = whereSql(input);
  const window = Math.max(CANDIDATES, q.page * q.perPage);
  const R = Q(input.ranking?.rankTsquery ?? tsquery);
  const boost = boostSql(input.ranking);
  const headRank = Prisma.sql`ts_rank(sd.head, ${R}) * ${boost}`;
  // Title, headings, tags and fields weigh twice the whole text: a page about the words beats one
  // that mentions them often.
  const phrase = input.ranking?.phrase
    ? Prisma.sql`CASE WHEN sd.tsv @@ phraseto_tsquery('english', ${input.ranking.phrase}) THEN ${BOOST.phrase}::real ELSE 1 END`
    : Prisma.sql`1`;
  const fullRank = Prisma.sql`(ts_rank(sd.tsv, ${R}, 1) + 2 * ts_rank(sd.head, ${R})) * ${boost} * ${phrase}`;
  const projects = input.ranking?.projects ?? [];
  const page = ranked
    ? Prisma.sql`(SELECT json_agg(c ORDER BY c.rank DESC, c."updatedAt" DESC, c.id) FROM (
          SELECT p.id, p."updatedAt", sd.title, sd.slug, sd.kind, sd.status, sd."projectSlug", sd."projectName", ${fullRank} AS rank
          FROM (SELECT id, "updatedAt" FROM pool ORDER BY head_rank DESC, "updatedAt" DESC, id LIMIT ${window}) p
          JOIN "SearchDocument" sd ON sd."documentId" = p.id
          ORDER BY rank DESC, p."updatedAt" DESC, p.id LIMIT ${q.perPage} OFFSET ${(q.page - 1) * q.perPage}) c)`
    : Prisma.sql`NULL::json`;
  // Title matches are candidates even when the sample is full: a page named for the words must
  // not lose its place to whichever matches happen to be stored first.
  const titled = ranked
    ? Prisma.sql`
      titled AS (
        SELECT sd."documentId" AS id, sd."updatedAt", ${headRank} AS head_rank
        FROM "SearchDocument" sd
        -- Only when the sample is full: otherwise every title match is in it already.
        WHERE (SELECT count(*) FROM hits) > ${sample} AND ${whereSql(input, Prisma.sql`sd."titleTsv"`)}
        LIMIT ${CANDIDATES}
      ),
      -- So are the matches in a project the query names, for the same reason.
      named AS (
        SELECT sd."documentId" AS id, sd."updatedAt", ${headRank} AS head_rank
        FROM "SearchDocument" sd
        WHERE ${projects.length > 0} AND (SELECT count(*) FROM hits) > ${sample}
          AND sd.keys && ${projects.map(KEY.project)}::text[] AND ${where}
        LIMIT ${CANDIDATES}
      ),
      pool AS (SELECT id, "updatedAt", head_rank FROM hits UNION SELECT id, "updatedAt", head_rank FROM titled
               UNION SELECT id, "updatedAt", head_rank FROM named),`
    : Prisma.empty;
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT sd."documentId" AS id, sd.kind, sd."projectSlug", sd."projectName", sd.owner, sd."jobRole", sd.status, sd.tags, sd."updatedAt",
             ${NEEDS_REVIEW} AS "needsReview",
             ${ranked ? headRank : Prisma.sql`0::real`} AS head_rank
      FROM "SearchDocument" sd
      WHERE ${where}
      LIMIT ${sample + 1}
    ),
    ${titled}
    facets AS (
      SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING("projectSlug") = 0 THEN 'project' WHEN GROUPING(owner) = 0 THEN 'owner'
                  WHEN GROUPING("jobRole") = 0 THEN 'jobRole' WHEN GROUPING(status) = 0 THEN 'status' ELSE 'needsReview' END AS facet,
             coalesce(kind, "projectSlug", owner, "jobRole", status, "needsReview"::text) AS value,
             CASE WHEN GROUPING("projectSlug") = 0 THEN min("projectName") END AS label,
             count(*)::int AS count
      FROM hits
      GROUP BY GROUPING SETS ((kind), ("projectSlug"), (owner), ("jobRole"), (status), ("needsReview"))
      UNION ALL
      SELECT 'tags', t, NULL, count(*)::int FROM (SELECT unnest(tags) AS t FROM hits) x GROUP BY t
    )
    SELECT (SELECT count(*)::int FROM hits) AS n,
           ${page} AS page,
           (SELECT json_agg(f) FROM facets f WHERE f.value IS NOT NULL) AS facets`;
}

/** The page by recency (no words, or the reader asked for it): walks the recency index when matches are many. */
export function recentSql(input: TStatementInput): Prisma.Sql {
  const { q } = input;
  return Prisma.sql`
    SELECT sd."documentId" AS id, sd."updatedAt", sd.title, sd.slug, sd.kind, sd.status, sd."projectSlug", sd."projectName"
    FROM "SearchDocument" sd
    WHERE ${whereSql(input)}
    ORDER BY sd."updatedAt" DESC, sd."documentId" DESC
    LIMIT ${q.perPage} OFFSET ${(q.page - 1) * q.perPage}`;
}
