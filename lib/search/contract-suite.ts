// The behaviour every engine must have, as one suite each engine's test file runs against a
// real database (and, for Meilisearch, a real server when MEILI_HOST is set).
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { deleteDocument } from '@/lib/documents/delete-document';
import { addMember, loaded, makeProject, makeUser } from '@/test/factories';
import { ZSearchQuery, type TSearchEngine } from './contract';
import { drainOutbox } from './drain-outbox';

/** A made-up word of letters only, so each run searches for something only it wrote. */
const word = () => Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvwxz'[randomInt(20)]).join('') + 'a';
const q = (input: Record<string, unknown>) => ZSearchQuery.parse(input);

/**
 * `explains` is for engines that say when they corrected a typo or fell back to some of the
 * words (the built-in engine does; Meilisearch corrects and relaxes silently, so for it only the
 * hits are checked).
 */
export function searchContract(engine: TSearchEngine, opts: { skip?: boolean; explains?: boolean } = {}) {
  describe.skipIf(opts.skip)(`search contract: ${engine.name}`, () => {
    const w = {
      topic: word(),
      other: word(),
      secret: word(),
      gone: word(),
      decided: word(),
      learned: word(),
      // Words only restricted pages hold: in a heading, a decision, a lesson, a project name.
      heading: word(),
      hiddenDecision: word(),
      hiddenLesson: word(),
      projectName: word(),
      later: word(),
    };
    let author: Awaited<ReturnType<typeof makeUser>>;
    let outsider: Awaited<ReturnType<typeof makeUser>>;
    let member: Awaited<ReturnType<typeof makeUser>>;
    const ids: Record<string, string> = {};
    let turningId = '';

    beforeAll(async () => {
      author = await makeUser('Mei Search', 'editor');
      outsider = await makeUser('Outsider', 'viewer');
      member = await makeUser('Member', 'viewer');
      const restricted = await makeProject(`secret-${w.secret}`, 'restricted');
      await db.project.update({ where: { id: restricted.id }, data: { name: `Project ${w.projectName}` } });
      await addMember(restricted.id, member.id, 'viewer');
      // Internal for now; a test makes it restricted without indexing anything again.
      const turning = await makeProject(`later-${w.later}`, 'internal');
      turningId = turning.id;
      const doc = (title: string, body: string, extra: Record<string, unknown> = {}) =>
        createDocument(author, { kind: 'practice', projectSlug: null, title, body, tags: [], status: 'published', ...extra });
      ids.title = (await doc(`Watching ${w.topic} in production`, `The lead.\n\n## Thresholds\n\nNothing about it here.`)).id;
      ids.body = (
        await doc(
          `Some runbook`,
          `Lead text.\n\n## First checks\n\nLook at ${w.topic} first.\n\n## Later\n\nThen ${w.topic} again, <b>bold</b> & more.`,
          {
            kind: 'runbook',
            tags: ['on-call'],
          },
        )
      ).id;
      ids.synonym = (await doc(`Covariate shift ${w.other}`, `Input drift explained for ${w.other}.`)).id;
      ids.secret = (await doc(`Restricted ${w.secret}`, `Only members read ${w.secret}.`, { projectSlug: restricted.slug })).id;
      ids.gone = (await doc(`Deleted ${w.gone}`, `Soon gone ${w.gone}.`)).id;
      ids.hiddenRetro = (
        await doc(`Restricted retro`, `Private.\n\n## Why ${w.heading} failed\n\nDetails.`, {
          kind: 'retrospective',
          projectSlug: restricted.slug,
          fields: {
            decisions: [{ decision: `Adopt ${w.hiddenDecision}`, rationale: 'Private reasons', decidedBy: 'Mei', date: '2026-02-01' }],
            lessons: [{ text: `Never skip ${w.hiddenLesson}`, tags: [] }],
          },
        })
      ).id;
      ids.later = (
        await doc(`Soon private ${w.later}`, `Readable until its project is restricted: ${w.later}.`, { projectSlug: turning.slug })
      ).id;
      ids.retro = (
        await doc(`Quarter review`, `What happened.\n\n## Timeline\n\nThings.`, {
          kind: 'retrospective',
          fields: {
            decisions: [
              { decision: 'Keep the old model', rationale: `The ${w.decided} test failed twice`, decidedBy: 'Mei', date: '2026-02-01' },
            ],
            lessons: [{ text: `Check ${w.learned} before launch`, tags: [] }],
          },
        })
      ).id;
      await drainOutbox(engine);
      await deleteDocument(author, await loaded(ids.gone!));
      await drainOutbox(engine);
    });

    it('ranks a title match above a body match, with one hit per document and the section it comes from', async () => {
      const r = await engine.search(author, q({ q: w.topic }));
      expect(r.hits.map((h) => h.id)).toEqual([ids.title, ids.body]);
      expect(r.total).toBe(2);
      const body = r.hits[1]!;
      expect(body.anchor).toBe('first-checks');
      expect(body.path).toMatch(/^\/w\/_\/some-runbook/);
      expect(body.snippet).toContain(`<mark>${w.topic}</mark>`);
      expect(body.snippet).not.toMatch(/<b>|<script/);
    });

    it('says when the best match is a recorded decision or lesson, and points at it', async () => {
      const decision = await engine.search(author, q({ q: w.decided }));
      expect(decision.hits.map((h) => [h.id, h.record, h.anchor, h.heading])).toEqual([
        [ids.retro, 'decision', 'decisions', 'Keep the old model'],
      ]);
      expect(decision.hits[0]!.snippet).toContain(`<mark>${w.decided}</mark>`);
      const lesson = await engine.search(author, q({ q: w.learned }));
      expect(lesson.hits.map((h) => [h.id, h.record, h.anchor])).toEqual([[ids.retro, 'lesson', 'lessons']]);
      expect((await engine.search(author, q({ q: w.topic }))).hits.every((h) => h.record === 'document')).toBe(true);
    });

    it('matches prefixes as you type', async () => {
      const r = await engine.search(author, q({ q: w.topic.slice(0, 6) }));
      expect(r.hits.map((h) => h.id)).toContain(ids.title);
    });

    it('corrects a typo and says what it searched for', async () => {
      const typo = w.topic.slice(0, 4) + 'y' + w.topic.slice(5); // 'y' never occurs in these words
      const r = await engine.search(author, q({ q: `${typo} production` }));
      if (opts.explains) expect(r.correctedQuery).toBe(`${w.topic} production`);
      expect(r.hits[0]?.id).toBe(ids.title);
    });

    it('falls back to pages with some of the words when none has all of them, and says so', async () => {
      const r = await engine.search(author, q({ q: `${w.topic} ${w.other} production` }));
      if (opts.explains) expect(r.someWords).toBe(true);
      expect(r.hits.map((h) => h.id)).toEqual(expect.arrayContaining([ids.title, ids.body, ids.synonym]));
      expect(r.hits[0]!.id).toBe(ids.title);
      expect((await engine.search(author, q({ q: w.topic }))).someWords).toBeUndefined();
    });

    it('finds synonyms: "data shift" finds a page about drift', async () => {
      const r = await engine.search(author, q({ q: `data shift ${w.other}` }));
      expect(r.hits.map((h) => h.id)).toEqual([ids.synonym]);
    });

    it('filters and counts facets over what matched', async () => {
      const r = await engine.search(author, q({ q: w.topic }));
      expect(r.facets.kind).toEqual([
        { value: 'practice', count: 1 },
        { value: 'runbook', count: 1 },
      ]);
      expect(r.facets.tags).toEqual([{ value: 'on-call', count: 1 }]);
      const only = await engine.search(author, q({ q: w.topic, kind: ['runbook'] }));
      expect(only.hits.map((h) => h.id)).toEqual([ids.body]);
      expect((await engine.search(author, q({ q: w.topic, tags: ['on-call'] }))).total).toBe(1);
    });

    it('finds more like this: pages sharing most of the words first, leaving out a page, a project and what the reader cannot read', async () => {
      // ids.body holds "topic" twice; ids.title once; the restricted page holds "secret".
      const like = (terms: string[], extra: Partial<Parameters<TSearchEngine['similar']>[1]> = {}) =>
        engine.similar(author, { terms, excludeId: null, excludeProjectId: null, limit: 10, ...extra });
      const both = await like([w.topic, w.other]);
      expect(both.map((h) => h.id).sort()).toEqual([ids.title, ids.body, ids.synonym].sort());
      expect((await like([w.topic], { excludeId: ids.title! }))[0]?.id).toBe(ids.body);
      expect(await like([w.secret])).toEqual([]);
      expect(
        (await engine.similar(member, { terms: [w.secret], excludeId: null, excludeProjectId: null, limit: 5 })).map((h) => h.id),
      ).toEqual([ids.secret]);
      const projectId = (await db.document.findUniqueOrThrow({ where: { id: ids.secret! }, select: { projectId: true } })).projectId;
      expect(await engine.similar(member, { terms: [w.secret], excludeId: null, excludeProjectId: projectId, limit: 5 })).toEqual([]);
      expect(await like(['', 'not-a-word!'])).toEqual([]);
    });

    it('never shows, counts or suggests what the reader cannot read', async () => {
      expect((await engine.search(member, q({ q: w.secret }))).total).toBe(1);
      const r = await engine.search(outsider, q({ q: w.secret }));
      expect(r).toMatchObject({ total: 0, hits: [] });
      expect(r.facets.project).toEqual([]);
      const typo = w.secret.slice(0, 2) + 'y' + w.secret.slice(3);
      const guessed = await engine.search(outsider, q({ q: typo }));
      expect(guessed.correctedQuery).toBeUndefined();
      expect(guessed.hits.map((h) => h.id)).not.toContain(ids.secret);
      const member_ = await engine.search(member, q({ q: typo }));
      expect(member_.hits.map((h) => h.id)).toContain(ids.secret);
      if (opts.explains) expect(member_.correctedQuery).toBe(w.secret);
    });

    it('never offers a correction spelled from a restricted page, even next to words the reader finds', async () => {
      // "xylophagus model": the typo is one letter off a word only a restricted page holds, and
      // "production" finds readable pages, so the engine falls back to some of the words.
      const typoOf = (x: string) => x.slice(0, 2) + 'y' + x.slice(3);
      for (const hidden of [w.secret, w.heading, w.hiddenDecision, w.hiddenLesson, w.projectName]) {
        const r = await engine.search(outsider, q({ q: `${typoOf(hidden)} production` }));
        expect(JSON.stringify(r)).not.toContain(hidden);
        expect(r.hits.map((h) => h.id)).not.toContain(ids.secret);
        expect(r.hits.map((h) => h.id)).not.toContain(ids.hiddenRetro);
      }
      // A member is offered the word, since they may read the page.
      const member_ = await engine.search(member, q({ q: `${typoOf(w.heading)}` }));
      expect(member_.hits.map((h) => h.id)).toContain(ids.hiddenRetro);
      if (opts.explains) expect(member_.correctedQuery).toBe(w.heading);
    });

    it('hides a project the moment it becomes restricted, before anything is indexed again', async () => {
      expect((await engine.search(outsider, q({ q: w.later }))).hits.map((h) => h.id)).toEqual([ids.later]);
      await db.project.update({ where: { id: turningId }, data: { visibility: 'restricted' } });
      const r = await engine.search(outsider, q({ q: w.later }));
      expect(r).toMatchObject({ total: 0, hits: [] });
      expect(r.facets.project).toEqual([]);
      expect((await engine.search(author, q({ q: `${w.later.slice(0, 2)}y${w.later.slice(3)}` }))).correctedQuery ?? '').not.toContain(
        w.later,
      );
      // Made internal again: readable at once as well.
      await db.project.update({ where: { id: turningId }, data: { visibility: 'internal' } });
      expect((await engine.search(outsider, q({ q: w.later }))).hits.map((h) => h.id)).toEqual([ids.later]);
    });

    it('drops deleted documents', async () => {
      expect((await engine.search(author, q({ q: w.gone }))).total).toBe(0);
    });

    it('pages, sorts by recency, and answers empty or odd queries without failing', async () => {
      const page2 = await engine.search(author, q({ q: w.topic, perPage: 1, page: 2 }));
      expect(page2.hits.map((h) => h.id)).toEqual([ids.body]);
      expect(page2.total).toBe(2);
      const recent = await engine.search(author, q({ q: w.topic, sort: 'recent' }));
      expect(recent.hits[0]!.id).toBe(ids.body);
      const empty = await engine.search(author, q({ q: '' }));
      expect(empty.total).toBeGreaterThanOrEqual(3);
      expect(empty.hits.map((h) => h.id)).not.toContain(ids.secret);
      for (const odd of ['!!!', '&|:*<->', 'x'.repeat(500), "' OR 1=1 --", 'the and of']) {
        await expect(engine.search(author, q({ q: odd }))).resolves.toBeDefined();
      }
      expect(q({ page: 'abc', perPage: -3, kind: ['nope'], sort: 'sideways' })).toMatchObject({ page: 1, perPage: 20, sort: 'relevance' });
    });
  });
}
