// Two indexers drain one outbox while pages keep changing: every document ends indexed at its
// latest version, none is lost, each document's versions reach the engine in order, and the
// start-up repair leaves a busy indexer's live claims alone.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { loaded, makeUser, unique } from '@/test/factories';
import { builtinEngine } from './builtin/engine';
import type { TSearchEngine } from './contract';
import { drainOutbox, drainOutboxOnce, reconcileIndex } from './drain-outbox';

/** The built-in engine, noting each version it is given, and slow enough for batches to overlap. */
function recording(seen: Map<string, number[]>): TSearchEngine {
  return {
    ...builtinEngine,
    async index(records) {
      for (const r of records) seen.set(r.id, [...(seen.get(r.id) ?? []), r.version]);
      await new Promise((r) => setTimeout(r, 5));
      await builtinEngine.index(records);
    },
  };
}

describe('two indexers on one outbox', () => {
  it('index every change, each document’s versions in order, losing none', async () => {
    await drainOutbox(builtinEngine);
    const author = await makeUser('Busy Writer', 'editor');
    const docs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createDocument(author, {
          kind: 'practice',
          projectSlug: null,
          title: unique(`Pair ${i}`),
          body: 'v1',
          tags: [],
          status: 'published',
        }),
      ),
    );
    const seen = new Map<string, number[]>();
    const engine = recording(seen);
    let writing = true;
    const worker = async (holder: string) => {
      while (writing || (await db.searchOutbox.count()) > 0) {
        if ((await drainOutboxOnce(engine, 5, holder)) === 0) await new Promise((r) => setTimeout(r, 2));
      }
    };
    const workers = [worker('indexer-a'), worker('indexer-b')];
    // Five saves per document, interleaved across documents, while both drain.
    for (let round = 2; round <= 6; round++) {
      for (const d of docs)
        await updateDocument(author, await loaded(d.id), {
          baseVersion: round - 1,
          title: `Pair ${d.id} v${round}`,
          body: `v${round}`,
          tags: [],
          status: 'published',
          message: '',
        });
    }
    writing = false;
    await Promise.all(workers);

    const rows = await db.document.findMany({
      where: { id: { in: docs.map((d) => d.id) } },
      select: { id: true, version: true, indexedVersion: true, title: true },
    });
    expect(rows.every((r) => r.version === 6 && r.indexedVersion === 6)).toBe(true);
    const indexed = await db.searchDocument.findMany({
      where: { documentId: { in: docs.map((d) => d.id) } },
      select: { documentId: true, title: true },
    });
    expect(new Map(indexed.map((r) => [r.documentId, r.title]))).toEqual(new Map(rows.map((r) => [r.id, r.title])));
    for (const d of docs) {
      const versions = seen.get(d.id) ?? [];
      expect(versions.at(-1)).toBe(6);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions); // never an older one after a newer
    }
    expect(await db.searchIndexLock.count()).toBe(0);
  });

  it('a document saved again while one indexer holds it waits for that indexer, so the newer version lands last', async () => {
    await drainOutbox(builtinEngine);
    const author = await makeUser('Racing Writer', 'editor');
    const { id } = await createDocument(author, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Racing'),
      body: 'v1',
      tags: [],
      status: 'published',
    });
    await drainOutbox(builtinEngine);
    const save = async (version: number) =>
      updateDocument(author, await loaded(id), {
        baseVersion: version - 1,
        title: `Racing v${version}`,
        body: `v${version}`,
        tags: [],
        status: 'published',
        message: '',
      });
    await save(2);
    // Indexer A takes version 2 and is held up inside the engine.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const seen = new Map<string, number[]>();
    const slow: TSearchEngine = { ...recording(seen), index: async (records) => (entered(), await gate, recording(seen).index(records)) };
    const a = drainOutboxOnce(slow, 200, 'indexer-a');
    await inside;
    // Version 3 is saved meanwhile; indexer B must not take the document while A holds it.
    await save(3);
    expect(await drainOutboxOnce(recording(seen), 200, 'indexer-b')).toBe(0);
    release();
    await a;
    await drainOutbox(recording(seen), 200, 'indexer-b');
    expect(seen.get(id)).toEqual([2, 3]);
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { indexedVersion: true } })).toEqual({ indexedVersion: 3 });
    expect(await db.searchDocument.findUniqueOrThrow({ where: { documentId: id }, select: { title: true } })).toEqual({
      title: 'Racing v3',
    });
  });

  it('the start-up repair leaves another indexer’s live claim alone, and takes over an expired one', async () => {
    await drainOutbox(builtinEngine);
    const author = await makeUser('Claimed Writer', 'editor');
    const { id } = await createDocument(author, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Claimed'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    // Another indexer holds the document, mid-lease.
    await db.$executeRaw`INSERT INTO "SearchIndexLock" ("documentId", holder, "lockedUntil") VALUES (${id}, 'other', now() + interval '2 minutes')`;
    await db.$executeRaw`UPDATE "SearchOutbox" SET "claimedAt" = now(), "availableAt" = now() + interval '2 minutes' WHERE "documentId" = ${id}`;
    await reconcileIndex();
    expect(await drainOutboxOnce(builtinEngine, 200, 'me')).toBe(0);
    expect(await db.searchIndexLock.findUnique({ where: { documentId: id } })).toMatchObject({ holder: 'other' });
    // Its lease ends (it died): the next indexer takes the document over.
    await db.$executeRaw`UPDATE "SearchIndexLock" SET "lockedUntil" = now() - interval '1 second' WHERE "documentId" = ${id}`;
    await db.$executeRaw`UPDATE "SearchOutbox" SET "availableAt" = now() WHERE "documentId" = ${id}`;
    expect(await drainOutboxOnce(builtinEngine, 200, 'me')).toBe(1);
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { indexedVersion: true } })).toEqual({ indexedVersion: 1 });
  });
});
