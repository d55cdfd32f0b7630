// Search as you type reaches words whose stem the typed prefix does not begin: the prefix is
// stemmed too ("...hy" becomes "...hi"), and stems can be shorter than the word typed so far.
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '@/lib/documents/create-document';
import { makeUser } from '@/test/factories';
import { ZSearchQuery } from '../contract';
import { drainOutbox } from '../drain-outbox';
import { builtinEngine } from './engine';
import { searchBuiltin } from './search';

const stem = Array.from({ length: 6 }, () => 'bcdfgjklmnpqrstvwxz'[randomInt(19)]).join('');

describe('built-in prefix search', () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let id = '';
  beforeAll(async () => {
    author = await makeUser('Prefix Writer', 'editor');
    id = (
      await createDocument(author, {
        kind: 'practice',
        projectSlug: null,
        title: 'Pipelines',
        body: `The ${stem}hydka step and its experimental mode.`,
        tags: [],
        status: 'published',
      })
    ).id;
    await drainOutbox(builtinEngine);
  });

  it.each([
    [`${stem}hy`, 'a prefix ending in y (stemmed to i)'],
    [`${stem}hyd`, 'a longer prefix'],
    [`${stem}hydka`, 'the whole word'],
  ])('finds the page for %s (%s)', async (typed) => {
    const r = await searchBuiltin(author, ZSearchQuery.parse({ q: typed }));
    expect(r.hits.map((h) => h.id)).toContain(id);
  });

  it('finds "experim" in "experimental" although the index holds "experiment" as "experi"', async () => {
    const r = await searchBuiltin(author, ZSearchQuery.parse({ q: `${stem}hydka experim` }));
    expect(r.hits.map((h) => h.id)).toEqual([id]);
  });
});
