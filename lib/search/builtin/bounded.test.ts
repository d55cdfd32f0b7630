// Many matches: the built-in engine reads a sample of them (here 3, as if it were 1,000) and must
// still rank title matches first, page by recency correctly, and say its counts are estimates.
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '@/lib/documents/create-document';
import { db } from '@/lib/db/client';
import { makeUser } from '@/test/factories';
import { ZSearchQuery } from '../contract';
import { drainOutbox } from '../drain-outbox';
import { builtinEngine } from './engine';
import { searchBuiltin } from './search';

const word = Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvwxz'[randomInt(20)]).join('') + 'o';
const q = (input: Record<string, unknown>) => ZSearchQuery.parse(input);

describe('built-in search with more matches than its sample', () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  const ids: string[] = [];
  let titled = '';

  beforeAll(async () => {
    author = await makeUser('Sample Writer', 'editor');
    for (let i = 0; i < 8; i++) {
      const doc = await createDocument(author, {
        kind: i % 2 ? 'runbook' : 'practice',
        projectSlug: null,
        title: `Body page ${i}`,
        body: `Lead.\n\n## Notes\n\nThe ${word} step ran ${i} times.`,
        tags: [],
        status: 'published',
      });
      ids.push(doc.id);
    }
    // Stored last, so outside the first matches read; its title names the word.
    titled = (
      await createDocument(author, {
        kind: 'practice',
        projectSlug: null,
        title: `All about ${word}`,
        body: 'Nothing else.',
        tags: [],
        status: 'published',
      })
    ).id;
    // Distinct update times, oldest first in creation order.
    for (const [i, id] of [...ids, titled].entries())
      await db.document.update({ where: { id }, data: { updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    await drainOutbox(builtinEngine);
  });

  it('says the total and facet counts are estimates, never below what it read', async () => {
    const r = await searchBuiltin(author, q({ q: word }), { sample: 3 });
    expect(r.approximate).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(4);
    const kinds = Object.fromEntries(r.facets.kind.map((f) => [f.value, f.count]));
    expect((kinds.practice ?? 0) + (kinds.runbook ?? 0)).toBeGreaterThanOrEqual(4);
  });

  it('is exact when the sample holds every match', async () => {
    const r = await searchBuiltin(author, q({ q: word }), { sample: 50 });
    expect(r.approximate).toBeUndefined();
    expect(r.total).toBe(9);
    expect(r.facets.kind).toEqual([
      { value: 'practice', count: 5 },
      { value: 'runbook', count: 4 },
    ]);
  });

  it('still ranks the title match first', async () => {
    const r = await searchBuiltin(author, q({ q: word }), { sample: 3 });
    expect(r.hits[0]!.id).toBe(titled);
  });

  it('pages by recency over every match, not just the sample', async () => {
    const r = await searchBuiltin(author, q({ q: word, sort: 'recent', perPage: 3 }), { sample: 3 });
    expect(r.hits.map((h) => h.id)).toEqual([titled, ids[7], ids[6]]);
    const next = await searchBuiltin(author, q({ q: word, sort: 'recent', perPage: 3, page: 2 }), { sample: 3 });
    expect(next.hits.map((h) => h.id)).toEqual([ids[5], ids[4], ids[3]]);
  });

  it('marks the words in a snippet from the section they are in', async () => {
    const r = await searchBuiltin(author, q({ q: word, kind: ['runbook'] }), { sample: 3 });
    const hit = r.hits.find((h) => h.id === ids[1])!;
    expect(hit.anchor).toBe('notes');
    expect(hit.snippet).toContain(`<mark>${word}</mark>`);
  });
});
