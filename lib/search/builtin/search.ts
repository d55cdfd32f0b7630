import 'server-only';
import { withReadSession, type TReadSession } from '@/lib/db/read-session';
import { documentPath } from '@/lib/documents/paths';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { hiddenDraftsSql, hiddenProjectsSql } from '@/lib/policies/read-rule-queries';
import { readsAll } from '@/lib/policies/read-rule';
import { FACETS, type TFacetCounts, type TSearchQuery, type TSearchResult } from '../contract';
import { snippetHtml } from '../snippet';
import { synonymGroups, understandQuery } from '../synonyms';
import { correctWords } from './correct';
import { tokenize, toTerms, toTsquery, type TTerm } from './query';
import { byRelevance, estimateSql, matchSql, recentSql, type TRanking, type TStatementInput } from './search-sql';
import { cutSnippets } from './snippets';

const FACET_LIMIT = 20;
// Matches read in full per search; past this, totals and facet counts are extrapolated (measured
// with npm run bench:search: 1,000 keeps a word found in half of 100,000 documents fast).
const SAMPLE = 1000;

type TPageRow = {
  id: string;
  updatedAt: string;
  title: string;
  slug: string;
  kind: TSearchResult['hits'][number]['kind'];
  status: string;
  projectSlug: string | null;
  projectName: string | null;
};
type TMatchRow = {
  n: number;
  page: TPageRow[] | null;
  facets: { facet: string; value: string; label: string | null; count: number }[] | null;
};

/**
 * The reader's access rule on the index table: team-wide pages, and pages of every project that
 * is not restricted to others. Read from "Project" and "ProjectMember" as the query runs, not
 * from the copy in the index, so a project made restricted is hidden at once, before its pages
 * are indexed again. PostgreSQL works out the hidden projects once per statement.
 */
export function accessRule(actor: TActor): Prisma.Sql {
  if (readsAll(actor)) return Prisma.sql`TRUE`;
  return Prisma.sql`((sd."projectId" IS NULL OR sd."projectId" <> ALL (${hiddenProjectsSql(actor)})) AND sd."documentId" <> ALL (${hiddenDraftsSql(actor)}))`;
}

/** The planner's row estimate out of EXPLAIN (FORMAT JSON). */
function plannedRows(rows: { 'QUERY PLAN': unknown }[]): number {
  const plan = rows[0]?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan?: { 'Plan Rows'?: number } }[];
  return Math.round(parsed[0]?.Plan?.['Plan Rows'] ?? 0);
}

// `phrases`: every word and synonym phrase searched, for marking them in snippets.
type TWords = { tsquery: string; phrases: string[][]; ranking: TRanking } | null;

async function runOnce(s: TReadSession, rule: Prisma.Sql, q: TSearchQuery, w: TWords, sample: number): Promise<TSearchResult> {
  const tsquery = w?.tsquery ?? null;
  const input: TStatementInput = { rule, q, tsquery, sample, ...(w ? { ranking: w.ranking } : {}) };
  const match = (await s.query<TMatchRow>(matchSql(input)))[0]!;
  const many = match.n > sample;
  const estimate = many ? plannedRows(await s.query<{ 'QUERY PLAN': unknown }>(estimateSql(input))) : match.n;
  let recent: TPageRow[] | null = null;
  if (!byRelevance(input)) {
    // Many matches: walk the recency index until the page is full (a bitmap scan would read them all).
    if (many) await s.query(Prisma.sql`SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`);
    recent = await s.query<TPageRow>(recentSql(input));
    if (many) await s.query(Prisma.sql`SELECT set_config('enable_bitmapscan', 'on', true)`);
  }
  const page = recent ?? match.page ?? [];
  const cuts = await cutSnippets(
    s,
    page.map((p) => p.id),
    w?.phrases ?? [],
  );
  const total = Math.max(match.n, estimate);
  const scale = total / Math.max(1, match.n);
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as TFacetCounts;
  for (const f of match.facets ?? []) {
    facets[f.facet as keyof TFacetCounts]?.push({
      value: f.value,
      count: Math.round(f.count * scale),
      ...(f.label ? { label: f.label } : {}),
    });
  }
  for (const key of FACETS)
    facets[key] = facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_LIMIT);
  const hits = page.map((h) => {
    const cut = cuts.get(h.id);
    return {
      id: h.id,
      title: h.title,
      path: documentPath(h.projectSlug, h.slug),
      anchor: cut?.anchor ?? '',
      heading: cut?.heading ?? '',
      record: cut?.record ?? 'document',
      snippet: snippetHtml(cut?.snippet ?? ''),
      kind: h.kind,
      draft: h.status === 'draft',
      project: h.projectSlug ? { slug: h.projectSlug, name: h.projectName ?? h.projectSlug } : null,
      updatedAt: new Date(h.updatedAt).toISOString(),
    };
  });
  return { hits, total, facets, ...(many ? { approximate: true as const } : {}) };
}

/** Whole indexed words the last word may complete to (see TTerm.expansions). */
async function expandPrefix(s: TReadSession, terms: TTerm[]) {
  const last = terms.at(-1);
  if (!last?.prefix) return terms;
  const word = last.alternatives[0]![0]!;
  const rows = await s.query<{ term: string }>(Prisma.sql`
    SELECT term FROM "SearchTerm"
    WHERE term LIKE ${`${word}%`} AND term <> ${word}
      -- only words whose stem the prefix misses: the prefix is stemmed too ("quihy:*" searches
      -- "quihi", missing "quihydka"), and stems can be shorter than the word ("experiment" is
      -- stored as "experi", which "experim:*" does not reach); words it reaches would make the
      -- index read the same entries twice. A stop word as prefix reaches nothing (chr(1)).
      AND (ts_lexize('english_stem', term))[1] IS NOT NULL
      AND NOT starts_with((ts_lexize('english_stem', term))[1], coalesce((ts_lexize('english_stem', ${word}))[1], chr(1)))
    ORDER BY length(term), term LIMIT 12`);
  return [...terms.slice(0, -1), { ...last, expansions: rows.map((r) => r.term) }];
}

/**
 * Searches as `actor`: what they cannot read is never counted, suggested or shown. Every word
 * must match; when nothing does, the closest indexed words are tried (said only if they find
 * something), and then pages with any of the words.
 */
export async function searchBuiltin(actor: TActor, q: TSearchQuery, { sample = SAMPLE } = {}): Promise<TSearchResult> {
  // One read-only transaction on one connection for every statement below: one snapshot.
  const words = tokenize(q.q);
  // With words, matches are read through the GIN index: a sequential scan would unpack every
  // row's full-text vector to test it, and the planner does not count that cost. The sampled
  // matches are grouped in memory.
  return withReadSession({ work_mem: '32MB', enable_seqscan: words.length ? 'off' : 'on' }, async (s) => {
    const rule = accessRule(actor);
    if (words.length === 0) return runOnce(s, rule, q, null, sample);
    const groups = synonymGroups();
    const projects = await s.query<{ slug: string; name: string }>(Prisma.sql`SELECT slug, name FROM "Project"`);
    const run = async (ws: string[], any = false) => {
      // Words naming a project or a kind rank, and are required only when nothing else was typed.
      const u = understandQuery(ws, q.q, projects);
      const required = await expandPrefix(s, toTerms(u.required, groups, u.lastRequired));
      const optional = toTerms(u.optional, groups, false);
      const terms = [...required, ...optional];
      const tsquery = required.length ? toTsquery(required, any) : toTsquery(optional, true);
      const phrases = terms.flatMap((t) => [...t.alternatives, ...(t.expansions ?? []).map((e) => [e])]);
      const phrase = u.required.length > 1 ? u.required.join(' ') : null;
      const ranking = { rankTsquery: toTsquery(terms, true), projects: u.projects, kinds: u.kinds, phrase };
      return runOnce(s, rule, q, { tsquery, phrases, ranking }, sample);
    };
    const first = await run(words);
    if (first.total > 0) return first;
    const fixed = await correctWords(s, words, rule);
    if (fixed) {
      const second = await run(fixed);
      if (second.total > 0) return { ...second, correctedQuery: fixed.join(' ') };
    }
    if (words.length < 2) return first;
    const any = await run(fixed ?? words, true);
    return any.total > 0 ? { ...any, someWords: true, ...(fixed ? { correctedQuery: fixed.join(' ') } : {}) } : first;
  });
}
