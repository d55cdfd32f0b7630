import 'server-only';
import type { TReadSession } from '@/lib/db/read-session';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TKind } from '@/lib/kinds/kinds';
import { fieldsText } from '../build-records';
import type { TSearchHit } from '../contract';
import { structuredSections } from '../structured-sections';
import { outline, plainText } from '@/lib/markdown/outline';

// A section a snippet may come from: the page's own (its Markdown) or a decision or lesson.
type TCandidate = { anchor: string; heading: string; raw: string; record?: TCut['record'] };
import { bestSection, wordStems } from './best-section';
import { markMatches, matcher } from './highlight';

export type TCut = { anchor: string; heading: string; snippet: string; record: TSearchHit['record'] };

/**
 * For the hits on one page: the section of each document holding most of the query's words,
 * and an excerpt of it with the matches marked (`phrases`: every word and synonym phrase
 * searched). Cut from the current body, so the index keeps no second copy of every text.
 */
export async function cutSnippets(s: TReadSession, ids: string[], phrases: string[][]): Promise<Map<string, TCut>> {
  if (ids.length === 0) return new Map();
  const docs = await s.query<{ id: string; kind: TKind; body: string; fields: unknown }>(Prisma.sql`
    SELECT id, kind::text AS kind, body, fields FROM "Document" WHERE id = ANY(${ids}::text[])`);
  const stems = phrases.map(wordStems);
  const re = matcher(phrases);
  return new Map(
    docs.map((d) => {
      // The structured fields are shown at the top of the page, so a match there points to the top.
      const glance = fieldsText(d.kind, d.fields);
      // Decisions and lessons first: on a tie, the hit names the decision or lesson.
      const sections: TCandidate[] = [
        ...structuredSections(d.fields).map((x) => ({ anchor: x.anchor, heading: x.heading, raw: x.text, record: x.record })),
        ...outline(d.body).filter((x) => x.heading || x.raw.trim()),
        ...(glance ? [{ anchor: '', heading: 'At a glance', raw: glance }] : []),
      ];
      // Chosen on the Markdown; only the chosen one is made plain.
      const section = bestSection(sections, stems, (x) => x.raw) ?? { anchor: '', heading: '', raw: '' };
      // markMatches keeps a window around the first match.
      const text = section.record ? section.raw : plainText(section.raw);
      return [
        d.id,
        { anchor: section.anchor, heading: section.heading, snippet: markMatches(text, re), record: section.record ?? 'document' },
      ];
    }),
  );
}
