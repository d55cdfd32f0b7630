// "Restore this version" goes through the ordinary save path: version check (409), a new
// revision, decision rows that follow the restored fields, the search outbox and the audit log.
import { describe, expect, it } from 'vitest';
import { POST as restoreRoute } from '@/app/api/documents/[id]/versions/[version]/restore/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { asReadableForTest, loaded, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { revisionState } from './revision-state';

const decision = (text: string) => ({ decision: text, rationale: 'Because', decidedBy: 'Mei', date: '2026-02-01' });

async function twoVersions() {
  const editor = await makeUser('Restorer', 'editor');
  const title = unique('Quarter retro');
  const { id } = await createDocument(editor, {
    kind: 'retrospective',
    projectSlug: null,
    title,
    body: 'First text.',
    tags: ['alpha'],
    status: 'published',
    fields: { decisions: [decision('Keep the old model')] },
  });
  await updateDocument(editor, await loaded(id), {
    baseVersion: 1,
    title: `${title} (revised)`,
    body: 'Second text.',
    tags: ['beta'],
    status: 'draft',
    message: 'rewrite',
    fields: { decisions: [decision('Switch to LightGBM')] },
  });
  return { editor, id, title, cookie: await sessionCookie(editor) };
}

describe('restoring a version', () => {
  it('saves a new version equal to the old one, with its rows, outbox row and audit event', async () => {
    const { id, title, cookie } = await twoVersions();
    await db.searchOutbox.deleteMany({ where: { documentId: id } });
    const r = await call(restoreRoute, 'POST', { baseVersion: 2 }, cookie, { id, version: '1' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, version: 3 });
    const doc = await db.document.findUniqueOrThrow({
      where: { id },
      select: {
        version: true,
        title: true,
        body: true,
        status: true,
        tags: { select: { tag: { select: { name: true } } } },
        decisions: { select: { decision: true } },
      },
    });
    expect(doc).toMatchObject({
      version: 3,
      title,
      body: 'First text.',
      status: 'published',
      decisions: [{ decision: 'Keep the old model' }],
    });
    expect(doc.tags.map((t) => t.tag.name)).toEqual(['alpha']);
    const revisions = await db.revision.findMany({
      where: { documentId: id },
      orderBy: { version: 'asc' },
      select: { version: true, message: true },
    });
    expect(revisions).toEqual([
      { version: 1, message: 'Created' },
      { version: 2, message: 'rewrite' },
      { version: 3, message: 'Restored version 1' },
    ]);
    expect(await db.searchOutbox.count({ where: { documentId: id } })).toBeGreaterThan(0);
    expect(
      await db.auditEvent.count({ where: { targetId: id, action: 'document.update', summary: { contains: 'Restored version 1' } } }),
    ).toBe(1);
  });

  it('answers 409 with the current version when someone saved in between, and changes nothing', async () => {
    const { id, editor, cookie } = await twoVersions();
    await updateDocument(editor, await loaded(id), {
      baseVersion: 2,
      title: 'Third',
      body: 'Third text.',
      tags: [],
      status: 'published',
      message: '',
    });
    const r = await call(restoreRoute, 'POST', { baseVersion: 2 }, cookie, { id, version: '1' });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ detail: { current: { version: 3, body: 'Third text.' }, yours: { body: 'First text.' } } });
    expect((await db.document.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(3);
  });

  it('refuses to restore the current version, and lets only people who may edit restore', async () => {
    const { id, cookie } = await twoVersions();
    expect(await call(restoreRoute, 'POST', { baseVersion: 2 }, cookie, { id, version: '2' })).toMatchObject({
      status: 422,
      body: { fields: { version: 'Already current' } },
    });
    // Version 2 is a draft: a site viewer does not see the page at all (a published page answers
    // them 403: the handler matrix).
    const viewer = await sessionCookie(await makeUser('Viewer', 'viewer'));
    expect((await call(restoreRoute, 'POST', { baseVersion: 2 }, viewer, { id, version: '1' })).status).toBe(404);
    expect((await call(restoreRoute, 'POST', { baseVersion: 2 }, cookie, { id, version: '99' })).status).toBe(404);
  });

  it('reads a version as it was: fields, tags, status and owner, or says they were not kept', async () => {
    const { id, editor } = await twoVersions();
    const doc = asReadableForTest({ id });
    expect(await revisionState(doc, 1)).toEqual({
      fields: expect.objectContaining({ decisions: [expect.objectContaining({ decision: 'Keep the old model' })] }),
      page: { tags: ['alpha'], status: 'published', owner: { name: editor.name, jobRole: editor.jobRole } },
    });
    await db.revision.update({
      where: { documentId_version: { documentId: id, version: 1 } },
      data: { status: null, tags: [], ownerId: null },
    });
    expect((await revisionState(doc, 1)).page).toBeNull();
  });
});
