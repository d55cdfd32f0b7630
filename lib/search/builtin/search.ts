import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { visibleSql } from '@/lib/policies/visible-to';
import { FACETS, type TFacetCounts, type TSearchHit, type TSearchQuery, type TSearchResult } from '../contract';
import { snippetHtml } from '../snippet';
import { synonymGroups } from '../synonyms';
import { correctWords } from './correct';
import { tokenize, toTerms, toTsquery, type TTerm } from './query';

const FACET_LIMIT = 20;

type TRow = { total: bigint | number; hits: TSearchHit[] | null; facets: { facet: string; value: string; label: string | null; count: number }[] | null };

function filters(q: TSearchQuery): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (q.kind?.length) out.push(Prisma.sql`d.kind::text = ANY(${q.kind}::text[])`);
  if (q.project?.length) out.push(Prisma.sql`p.slug = ANY(${q.project}::text[])`);
  if (q.owner?.length) out.push(Prisma.sql`u.name = ANY(${q.owner}::text[])`);
  if (q.jobRole?.length) out.push(Prisma.sql`u."jobRole"::text = ANY(${q.jobRole}::text[])`);
  if (q.status) out.push(Prisma.sql`d.status::text = ${q.status}`);
  if (q.needsReview !== undefined) out.push(Prisma.sql`(coalesce(d."reviewBy" < now(), false) OR coalesce(d."monitoringReviewBy" < now(), false)) = ${q.needsReview}`);
  if (q.tags?.length) {
    out.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DocumentToTag" dt JOIN "Tag" t ON t.id = dt."B" WHERE dt."A" = d.id AND t.name = ANY(${q.tags}::text[]))`);
  }
  return out;
}

// Sentinels around matches in ts_headline output; the text is escaped before they become <mark>.
const START = '\u0002';
const STOP = '\u0003';

async function run(actor: TActor, q: TSearchQuery, tsquery: string | null): Promise<TSearchResult> {
  const where = Prisma.join([Prisma.sql`d."deletedAt" IS NULL`, visibleSql(actor, 'd', 'p'), ...filters(q)], ' AND ');
  const matched = tsquery
    ? Prisma.sql`SELECT sd."documentId" AS id, ts_rank(sd.tsv, query.q, 1) AS rank FROM "SearchDocument" sd, query WHERE sd.tsv @@ query.q`
    : Prisma.sql`SELECT id, 0::real AS rank FROM "Document" WHERE "deletedAt" IS NULL`;
  const order = q.sort === 'recent' || !tsquery ? Prisma.sql`h."updatedAt" DESC, h.id` : Prisma.sql`h.rank DESC, h."updatedAt" DESC, h.id`;
  const offset = (q.page - 1) * q.perPage;
  const opts = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const [row] = await db.$queryRaw<TRow[]>`
    WITH query AS (SELECT to_tsquery('english', ${tsquery ?? ''}) AS q),
    hits AS MATERIALIZED (
      SELECT d.id, m.rank, d."updatedAt", d.kind::text AS kind, d.status::text AS status, d.title, d.slug,
             p.slug AS "projectSlug", p.name AS "projectName", u.name AS owner, u."jobRole"::text AS "jobRole",
             (coalesce(d."reviewBy" < now(), false) OR coalesce(d."monitoringReviewBy" < now(), false)) AS "needsReview"
      FROM (${matched}) m
      JOIN "Document" d ON d.id = m.id
      LEFT JOIN "Project" p ON p.id = d."projectId"
      JOIN "User" u ON u.id = d."ownerId"
      WHERE ${where}
    ),
    page AS (
      SELECT h.* FROM hits h ORDER BY ${order} LIMIT ${q.perPage} OFFSET ${offset}
    ),
    best AS (
      SELECT DISTINCT ON (pg.id) pg.id, s.anchor, s.heading, s.text
      FROM page pg JOIN "SearchSection" s ON s."documentId" = pg.id, query
      ORDER BY pg.id,
               CASE WHEN ${tsquery !== null} THEN ts_rank(to_tsvector('english', s.heading || ' ' || s.text), query.q) ELSE 0 END DESC,
               s.position
    )
    SELECT
      (SELECT count(*) FROM hits) AS total,
      (SELECT json_agg(json_build_object(
          'id', pg.id, 'title', pg.title, 'slug', pg.slug, 'kind', pg.kind, 'updatedAt', pg."updatedAt",
          'projectSlug', pg."projectSlug", 'projectName', pg."projectName",
          'anchor', coalesce(b.anchor, ''), 'heading', coalesce(b.heading, ''),
          'snippet', CASE WHEN ${tsquery !== null} THEN ts_headline('english', coalesce(b.text, ''), query.q, ${opts}) ELSE left(coalesce(b.text, ''), 220) END
        ) ORDER BY ${Prisma.raw(q.sort === 'recent' || !tsquery ? 'pg."updatedAt" DESC, pg.id' : 'pg.rank DESC, pg."updatedAt" DESC, pg.id')})
        FROM page pg LEFT JOIN best b ON b.id = pg.id, query) AS hits,
      (SELECT json_agg(f) FROM (
          SELECT 'kind' AS facet, kind AS value, NULL AS label, count(*)::int AS count FROM hits GROUP BY kind
          UNION ALL SELECT 'project', "projectSlug", min("projectName"), count(*)::int FROM hits WHERE "projectSlug" IS NOT NULL GROUP BY "projectSlug"
          UNION ALL SELECT 'owner', owner, NULL, count(*)::int FROM hits GROUP BY owner
          UNION ALL SELECT 'jobRole', "jobRole", NULL, count(*)::int FROM hits GROUP BY "jobRole"
          UNION ALL SELECT 'status', status, NULL, count(*)::int FROM hits GROUP BY status
          UNION ALL SELECT 'needsReview', "needsReview"::text, NULL, count(*)::int FROM hits GROUP BY "needsReview"
          UNION ALL SELECT 'tags', t.name, NULL, count(*)::int FROM hits h JOIN "_DocumentToTag" dt ON dt."A" = h.id JOIN "Tag" t ON t.id = dt."B" GROUP BY t.name
        ) f) AS facets`;
  return toResult(row!);
}

type TRawHit = TSearchHit & { slug: string; projectSlug: string | null; projectName: string | null };

function toResult(row: TRow): TSearchResult {
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as TFacetCounts;
  for (const f of row.facets ?? []) facets[f.facet as keyof TFacetCounts]?.push({ value: f.value, count: f.count, ...(f.label ? { label: f.label } : {}) });
  for (const key of FACETS) facets[key] = facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_LIMIT);
  const hits = ((row.hits ?? []) as TRawHit[]).map((h) => ({
    id: h.id,
    title: h.title,
    path: `/w/${h.projectSlug ?? '_'}/${h.slug}`,
    anchor: h.anchor,
    heading: h.heading,
    snippet: snippetHtml(h.snippet, START, STOP),
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
  if (words.length === 0) return run(actor, q, null);
  const groups = synonymGroups();
  const terms = async (ws: string[]) => expandPrefix(toTerms(ws, groups, true));
  const first = await run(actor, q, toTsquery(await terms(words)));
  if (first.total > 0) return first;
  const fixed = await correctWords(words);
  if (fixed) {
    const second = await run(actor, q, toTsquery(await terms(fixed)));
    if (second.total > 0) return { ...second, correctedQuery: fixed.join(' ') };
  }
  if (words.length < 2) return first;
  const any = await run(actor, q, toTsquery(await terms(fixed ?? words), true));
  return any.total > 0 ? { ...any, someWords: true, ...(fixed ? { correctedQuery: fixed.join(' ') } : {}) } : first;
}
