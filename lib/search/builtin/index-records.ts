import 'server-only';
import { db } from '@/lib/db/client';
import type { TSearchRecord } from '../contract';
import { searchableText } from '../sections';
import { recordKeys } from './keys';

const CHUNK = 250;
const WORD = /[a-z]{3,30}/g;

// Words this process knows are in SearchTerm (which only grows), so a reindex does not send the
// same few thousand words for every chunk (measured: 16% of a full reindex). Bounded; starting
// over only costs resending.
const knownTerms = new Set<string>();
const KNOWN_LIMIT = 500_000;

function newTerms(words: string[]): string[] {
  if (knownTerms.size > KNOWN_LIMIT) knownTerms.clear();
  return words.filter((w) => !knownTerms.has(w));
}

/** The words typo correction may offer: lower-case, letters only, 3 to 30 long. */
function dictionaryWords(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    const lower = text.toLowerCase();
    // Accents folded only where there are any (most text is ASCII, and folding costs).
    const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
    for (const w of folded.match(WORD) ?? []) words.add(w);
  }
  return [...words];
}

/**
 * Replaces the index rows of these documents: the title's tsvector and two weighted ones. The
 * body's vector is the one stored with the document (a generated column, computed when the body
 * is written), so a full reindex does not analyse every body again. The sections are not
 * stored: search cuts snippets from the document body for the hits it shows.
 */
export async function indexRecords(records: TSearchRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const ids = chunk.map((r) => r.id);
    const col = <T>(f: (r: TSearchRecord) => T) => chunk.map(f);
    const words = newTerms(dictionaryWords(chunk.flatMap((r) => [r.title, r.tags.join(' '), r.fieldsText, searchableText(r.markdown)])));
    await db.$transaction([
      db.$executeRaw`
        INSERT INTO "SearchDocument" ("documentId", title, slug, kind, "projectId", "projectSlug", "projectName", restricted, owner, "jobRole",
                                      status, tags, keys, "reviewBy", "monitoringReviewBy", "updatedAt", "titleTsv", head, tsv)
        SELECT u.id, u.title, u.slug, u.kind, u.pid, u.pslug, u.pname, u.restricted, u.owner, u.role, u.status,
               string_to_array(u.tags, E'\x1f'), string_to_array(u.keys, E'\x1f'), u.review::date, u.monitoring::date, u.updated::timestamp, h.title, h.head,
               h.head || setweight(d."bodyVector", 'D')
        FROM unnest(${ids}::text[], ${col((r) => r.title)}::text[], ${col((r) => r.path.slice(r.path.lastIndexOf('/') + 1))}::text[], ${col((r) => r.kind)}::text[],
                    ${col((r) => r.projectId)}::text[], ${col((r) => r.project)}::text[], ${col((r) => r.projectName)}::text[], ${col((r) => r.restricted)}::boolean[],
                    ${col((r) => r.owner)}::text[], ${col((r) => r.jobRole)}::text[], ${col((r) => r.status)}::text[], ${col((r) => r.tags.join('\x1f'))}::text[], ${col((r) => recordKeys(r).join('\x1f'))}::text[],
                    ${col((r) => r.reviewBy)}::text[], ${col((r) => r.monitoringReviewBy)}::text[], ${col((r) => r.updatedAt)}::text[],
                    ${col((r) => r.headings.join('\n'))}::text[], ${col((r) => `${r.tags.join(' ')}\n${r.fieldsText}`)}::text[])
             AS u(id, title, slug, kind, pid, pslug, pname, restricted, owner, role, status, tags, keys, review, monitoring, updated, headings, extra)
        JOIN "Document" d ON d.id = u.id,
        LATERAL (SELECT to_tsvector('english', hindsight_split_identifiers(u.title)) AS title) t,
        LATERAL (SELECT t.title, setweight(t.title, 'A') || setweight(to_tsvector('english', hindsight_split_identifiers(u.headings)), 'B') ||
                        setweight(to_tsvector('english', hindsight_split_identifiers(u.extra)), 'C') AS head) h
        ON CONFLICT ("documentId") DO UPDATE SET
          title = EXCLUDED.title, slug = EXCLUDED.slug, kind = EXCLUDED.kind, "projectId" = EXCLUDED."projectId",
          "projectSlug" = EXCLUDED."projectSlug", "projectName" = EXCLUDED."projectName", restricted = EXCLUDED.restricted,
          owner = EXCLUDED.owner, "jobRole" = EXCLUDED."jobRole", status = EXCLUDED.status, tags = EXCLUDED.tags, keys = EXCLUDED.keys,
          "reviewBy" = EXCLUDED."reviewBy", "monitoringReviewBy" = EXCLUDED."monitoringReviewBy", "updatedAt" = EXCLUDED."updatedAt",
          "titleTsv" = EXCLUDED."titleTsv", head = EXCLUDED.head, tsv = EXCLUDED.tsv`,
      db.$executeRaw`INSERT INTO "SearchTerm" (term) SELECT unnest(${words}::text[]) ON CONFLICT DO NOTHING`,
    ]);
    for (const w of words) knownTerms.add(w);
  }
}

export async function removeRecords(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`DELETE FROM "SearchDocument" WHERE "documentId" = ANY(${ids}::text[])`;
}
