import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { Conflict } from '@/lib/errors';
import { loaded, makeUser, unique } from '@/test/factories';
import { createDocument } from './create-document';
import { ZCreateDocument, ZUpdateDocument } from './schemas';
import { updateDocument, type TConflictDetail } from './update-document';

async function newDoc() {
  const user = await makeUser();
  const saved = await createDocument(user, ZCreateDocument.parse({ kind: 'runbook', title: unique('Runbook'), body: 'v1 body' }));
  return { user, saved };
}

const edit = (id: string, baseVersion: number, body: string) =>
  ZUpdateDocument.parse({ id, baseVersion, title: 'Edited', body, message: `to ${body}` });

describe('updateDocument', () => {
  it('saves a new version on top of the one it was based on and keeps every revision', async () => {
    const { user, saved } = await newDoc();
    const v2 = await updateDocument(user, await loaded(saved.id), edit(saved.id, 1, 'v2 body'));
    const v3 = await updateDocument(user, await loaded(saved.id), edit(saved.id, 2, 'v3 body'));
    expect([v2.version, v3.version]).toEqual([2, 3]);
    const revisions = await db.revision.findMany({ where: { documentId: saved.id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => r.body)).toEqual(['v1 body', 'v2 body', 'v3 body']);
    expect(revisions[2]!.message).toBe('to v3 body');
  });

  it('refuses a save based on a stale version with a Conflict carrying both texts', async () => {
    const { user, saved } = await newDoc();
    await updateDocument(user, await loaded(saved.id), edit(saved.id, 1, 'their text'));
    const err = await updateDocument(user, await loaded(saved.id), edit(saved.id, 1, 'my text')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Conflict);
    const detail = (err as Conflict<TConflictDetail>).detail;
    expect(detail.yours.body).toBe('my text');
    expect(detail.current).toMatchObject({ version: 2, body: 'their text', savedBy: 'Test Writer' });
    const doc = await db.document.findUniqueOrThrow({ where: { id: saved.id }, select: { body: true, version: true } });
    expect(doc).toEqual({ body: 'their text', version: 2 });
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const { user, saved } = await newDoc();
    const results = await Promise.allSettled([
      updateDocument(user, await loaded(saved.id), edit(saved.id, 1, 'tab A')),
      updateDocument(user, await loaded(saved.id), edit(saved.id, 1, 'tab B')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    expect(await db.revision.count({ where: { documentId: saved.id } })).toBe(2);
  });

  it('replaces tags and outgoing links with the new version’s', async () => {
    const { user, saved } = await newDoc();
    await updateDocument(
      user,
      await loaded(saved.id),
      ZUpdateDocument.parse({ id: saved.id, baseVersion: 1, title: 'T', body: '[[Alpha]] [[Beta]]', tags: ['a', 'b'] }),
    );
    await updateDocument(
      user,
      await loaded(saved.id),
      ZUpdateDocument.parse({ id: saved.id, baseVersion: 2, title: 'T', body: '[[Beta]]', tags: ['b'] }),
    );
    const doc = await db.document.findUniqueOrThrow({
      where: { id: saved.id },
      select: { tags: { select: { tag: { select: { name: true } } } }, links: { select: { targetKey: true } } },
    });
    expect(doc.tags).toEqual([{ tag: { name: 'b' } }]);
    expect(doc.links).toEqual([{ targetKey: 'beta' }]);
  });

  it('answers NotFound for a deleted document', async () => {
    const { user, saved } = await newDoc();
    await db.document.update({ where: { id: saved.id }, data: { deletedAt: new Date() } });
    await expect(loaded(saved.id).then((doc) => updateDocument(user, doc, edit(saved.id, 1, 'x')))).rejects.toMatchObject({ status: 404 });
  });
});
