// What the built-in engine ranks first: a page in the project or of the kind a query names, a page
// found by an identifier's parts, and by the labels of a card's nested fields.
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '@/lib/documents/create-document';
import { makeProject, makeUser } from '@/test/factories';
import { ZSearchQuery } from '../contract';
import { drainOutbox } from '../drain-outbox';
import { builtinEngine } from './engine';
import { searchBuiltin } from './search';

// Made-up words, so other tests' pages never match.
const word = () => Array.from({ length: 8 }, () => 'bcdfgjklmnpqrstvwxz'[randomInt(19)]).join('');
const topic = word();
const team = word();
const svc = word();
const choice = word();

describe('built-in ranking', () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    author = await makeUser('Ranking Writer', 'editor');
    const project = await makeProject(`${team}-forecast`);
    const make = async (key: string, input: Partial<Parameters<typeof createDocument>[1]>) => {
      const doc = await createDocument(author, {
        kind: 'practice',
        projectSlug: null,
        title: `${key} ${topic.slice(0, 4)}${word()}`,
        body: '',
        tags: [],
        status: 'published',
        ...input,
      } as Parameters<typeof createDocument>[1]);
      ids[key] = doc.id;
    };
    // Pages elsewhere titled for the topic, and a runbook in the named project and a retrospective
    // that have it only in a heading.
    for (const n of [1, 2, 3])
      await make(`elsewhere${n}`, { title: `${topic} handbook ${n}`, body: `${topic} ${topic} and ${topic} again.` });
    await make('inProject', {
      kind: 'runbook',
      projectSlug: project.slug,
      title: `Scoring job ${word()}`,
      body: `## When ${topic} rises\n\nPage the owner.`,
    });
    await make('retro', { kind: 'retrospective', title: `Quarter review ${word()}`, body: `## What the ${topic} taught us\n\nPatience.` });
    await make('identifier', { title: `Service map ${word()}`, body: `Calls go through \`${svc}.scorer.v2\` and models:/${svc}-risk/13.` });
    await make('decision', {
      kind: 'retrospective',
      title: `Planning retrospective ${word()}`,
      body: 'Notes.',
      fields: {
        decisions: [{ decision: `Adopt ${choice}`, alternatives: 'nothing', rationale: 'cheaper', decidedBy: 'Ana', date: '2026-11-02' }],
      },
    });
    await drainOutbox(builtinEngine);
  });

  const first = async (q: string) => (await searchBuiltin(author, ZSearchQuery.parse({ q }))).hits.map((h) => h.id);

  it('without a project named, pages titled for the words come first', async () => {
    const hits = await first(topic);
    expect(hits.slice(0, 3).sort()).toEqual([ids.elsewhere1, ids.elsewhere2, ids.elsewhere3].sort());
  });

  it('raises the page of the project the query names over pages titled for its words', async () => {
    expect((await first(`${team} ${topic}`))[0]).toBe(ids.inProject);
  });

  it('raises the kind the query names between pages that match alike, whatever they call themselves', async () => {
    const order = async (q: string) => (await first(q)).filter((id) => id === ids.retro || id === ids.inProject);
    expect(await order(`${topic} postmortem`)).toEqual([ids.retro, ids.inProject]);
    expect(await order(`${topic} runbook`)).toEqual([ids.inProject, ids.retro]);
  });

  it('finds identifiers with dots, slashes and colons by their parts', async () => {
    expect(await first(`${svc} scorer`)).toEqual([ids.identifier]);
    expect(await first(`${svc}.scorer.v2`)).toEqual([ids.identifier]);
    expect(await first(`${svc}-risk`)).toEqual([ids.identifier]);
  });

  it('finds a decision by the label of its nested field', async () => {
    expect(await first(`${choice} rationale`)).toEqual([ids.decision]);
  });
});
