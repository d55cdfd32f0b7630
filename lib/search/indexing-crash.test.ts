// The indexer is killed (SIGKILL, no clean-up) in the middle of draining the outbox; after a
// restart (start-up reconciliation, then draining) every document is indexed at its version.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { makeUser, unique } from '@/test/factories';
import { builtinEngine } from './builtin/engine';
import { ZSearchQuery } from './contract';
import { drainOutbox, drainOutboxOnce, reconcileIndex } from './drain-outbox';

const root = path.resolve(__dirname, '..', '..');

describe('indexing that loses nothing', () => {
  it('survives being killed mid-drain: after a restart nothing is missing', async () => {
    await drainOutbox(builtinEngine); // start from an empty outbox
    const author = await makeUser('Crash Writer', 'editor');
    const marker = `crashword${unique('x').replace(/[^a-z]/g, '')}`;
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const doc = await createDocument(author, {
        kind: 'practice',
        projectSlug: null,
        title: unique(`Crash ${i}`),
        body: `## Part\n\n${marker} number ${i}.`,
        tags: [],
        status: 'published',
      });
      ids.push(doc.id);
    }

    // One process (tsx as a loader, not its CLI, which would run the script in a second one).
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'test/index-worker.ts'], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Kill it once it has indexed some, but not all, of them.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const done = Math.max(...[...chunk.toString().matchAll(/drained (\d+)/g)].map((m) => Number(m[1])));
        if (done >= 20) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code) => (code !== null ? reject(new Error(`the indexer exited by itself (${code})`)) : undefined));
    });
    await new Promise((r) => child.once('close', r));

    const indexedBefore = await db.searchDocument.count({ where: { documentId: { in: ids } } });
    expect(indexedBefore).toBeGreaterThan(0);
    expect(indexedBefore).toBeLessThan(ids.length);

    // The dead indexer still holds its batch until its lease ends; end it now instead of waiting.
    await db.$executeRaw`UPDATE "SearchOutbox" SET "availableAt" = now() WHERE "claimedAt" IS NOT NULL`;
    await db.$executeRaw`UPDATE "SearchIndexLock" SET "lockedUntil" = now() - interval '1 second'`;
    // The restart: what a worker does before draining.
    await reconcileIndex();
    await drainOutbox(builtinEngine);

    const docs = await db.document.findMany({ where: { id: { in: ids } }, select: { version: true, indexedVersion: true } });
    expect(docs.every((d) => d.indexedVersion === d.version)).toBe(true);
    expect(await db.searchDocument.count({ where: { documentId: { in: ids } } })).toBe(ids.length);
    expect(await db.searchOutbox.count()).toBe(0);
    expect(await db.searchIndexLock.count()).toBe(0);
    const found = await builtinEngine.search({ id: author.id, role: 'editor' }, ZSearchQuery.parse({ q: marker, perPage: 50 }));
    expect(found.total).toBe(ids.length);
  }, 60_000);

  it('keeps a failed batch, with its error, for a retry after a backoff', async () => {
    await drainOutbox(builtinEngine);
    const author = await makeUser('Retry Writer', 'editor');
    const { id } = await createDocument(author, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Retry'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    const broken = { ...builtinEngine, index: () => Promise.reject(new Error('engine is down')) };
    await expect(drainOutboxOnce(broken)).rejects.toThrow('engine is down');
    const row = await db.searchOutbox.findFirstOrThrow({ where: { documentId: id } });
    expect(row).toMatchObject({ attempts: 1, lastError: 'engine is down', claimedAt: null });
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(await drainOutboxOnce(builtinEngine)).toBe(0); // not due yet
    await db.searchOutbox.update({ where: { id: row.id }, data: { availableAt: new Date() } });
    await drainOutbox(builtinEngine);
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { indexedVersion: true } })).toEqual({ indexedVersion: 1 });
  });
});
