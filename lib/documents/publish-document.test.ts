// Drafts and publishing: a draft is seen by its owner and whoever may edit it, nobody else (page,
// lists, search, notifications); "Publish" is a new version through the ordinary save path, with
// its version check, and tells the project's watchers of a new page.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as publishRoute } from '@/app/api/documents/[id]/publish/route';
import { PUT as updateRoute } from '@/app/api/documents/[id]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { getDocument } from '@/lib/documents/get-document';
import { listDocuments } from '@/lib/documents/list-documents';
import { setWatch } from '@/lib/notifications/watch';
import { builtinEngine } from '@/lib/search/builtin/engine';
import { ZSearchQuery } from '@/lib/search/contract';
import { drainOutbox } from '@/lib/search/drain-outbox';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

let project: { id: string; slug: string };
let author: Awaited<ReturnType<typeof makeUser>>;
let colleague: Awaited<ReturnType<typeof makeUser>>; // a project editor (a site viewer)
let reader: Awaited<ReturnType<typeof makeUser>>; // a site viewer watching the project
const WORD = `draftword${unique('w').replace(/[^a-z]/g, '')}`;

beforeAll(async () => {
  project = await makeProject(unique('drafts'), 'internal');
  [author, colleague, reader] = await Promise.all([
    makeUser('Draft Author', 'editor'),
    makeUser('Colleague', 'viewer'),
    makeUser('Reader', 'viewer'),
  ]);
  await addMember(project.id, colleague.id, 'editor');
  await setWatch(reader, { projectId: project.id }, true);
});

const newDraft = async () => {
  const title = unique('Draft runbook');
  const { id, version } = await createDocument(author, {
    kind: 'runbook',
    projectSlug: project.slug,
    title,
    body: `How to roll back: ${WORD}.`,
    tags: [],
    status: 'draft',
  });
  const { slug } = await db.document.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  return { id, version, slug, title };
};

const sees = async (user: { id: string; role: 'admin' | 'editor' | 'viewer' }, doc: { id: string; slug: string }) => {
  await drainOutbox(builtinEngine);
  const page = await getDocument(user, project.slug, doc.slug).then(
    () => true,
    () => false,
  );
  const listed = (await listDocuments(user, { projectId: project.id })).some((d) => d.id === doc.id);
  const found = (await builtinEngine.search(user, ZSearchQuery.parse({ q: WORD, perPage: 50 }))).hits.some((h) => h.id === doc.id);
  return { page, listed, found };
};

const notices = (userId: string, documentId: string) =>
  db.notification.findMany({ where: { userId, documentId }, select: { type: true }, orderBy: { createdAt: 'asc' } });

describe('a draft', () => {
  it('is seen by its author and the project’s editors, and by nobody else anywhere', async () => {
    const doc = await newDraft();
    const everywhere = { page: true, listed: true, found: true };
    const nowhere = { page: false, listed: false, found: false };
    expect(await sees(author, doc)).toEqual(everywhere);
    expect(await sees(colleague, doc)).toEqual(everywhere);
    expect(await sees(reader, doc)).toEqual(nowhere);
    // The project's watcher heard nothing of it.
    expect(await notices(reader.id, doc.id)).toEqual([]);
    // The search hit says it is a draft.
    const hit = (await builtinEngine.search(author, ZSearchQuery.parse({ q: WORD, perPage: 50 }))).hits.find((h) => h.id === doc.id);
    expect(hit?.draft).toBe(true);
  });

  it('stays a draft when saved without a status', async () => {
    const doc = await newDraft();
    const r = await call(updateRoute, 'PUT', { baseVersion: 1, title: doc.title, body: 'Rewritten.' }, await sessionCookie(author), {
      id: doc.id,
    });
    expect(r.status).toBe(200);
    expect(await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { status: true, version: true } })).toEqual({
      status: 'draft',
      version: 2,
    });
  });
});

describe('publishing', () => {
  it('makes a new version that everyone who reads the project sees, and tells its watchers of a new page', async () => {
    const doc = await newDraft();
    const r = await call(publishRoute, 'POST', { version: 1 }, await sessionCookie(colleague), { id: doc.id });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: doc.id, version: 2 });
    const row = await db.document.findUniqueOrThrow({
      where: { id: doc.id },
      select: { status: true, body: true, revisions: { orderBy: { version: 'desc' }, take: 1, select: { message: true, status: true } } },
    });
    expect(row).toEqual({
      status: 'published',
      body: `How to roll back: ${WORD}.`,
      revisions: [{ message: 'Published', status: 'published' }],
    });
    expect(await sees(reader, doc)).toEqual({ page: true, listed: true, found: true });
    expect(await notices(reader.id, doc.id)).toEqual([{ type: 'page.created' }]);
  });

  it('refuses a stale version with a 409 and changes nothing', async () => {
    const doc = await newDraft();
    await call(updateRoute, 'PUT', { baseVersion: 1, title: doc.title, body: 'Newer words.' }, await sessionCookie(author), { id: doc.id });
    const r = await call(publishRoute, 'POST', { version: 1 }, await sessionCookie(colleague), { id: doc.id });
    expect(r.status).toBe(409);
    expect(await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { status: true, version: true } })).toEqual({
      status: 'draft',
      version: 2,
    });
  });

  it('answers 404 to someone who cannot see the draft, and 422 for a page already published or bad input', async () => {
    const doc = await newDraft();
    expect((await call(publishRoute, 'POST', { version: 1 }, await sessionCookie(reader), { id: doc.id })).status).toBe(404);
    const cookie = await sessionCookie(author);
    for (const bad of [{}, { version: 0 }, { version: 'one' }, { version: 1.5 }])
      expect((await call(publishRoute, 'POST', bad, cookie, { id: doc.id })).status, JSON.stringify(bad)).toBe(422);
    expect((await call(publishRoute, 'POST', { version: 1 }, cookie, { id: doc.id })).status).toBe(200);
    const again = await call(publishRoute, 'POST', { version: 2 }, cookie, { id: doc.id });
    expect(again.status).toBe(422);
    expect(JSON.stringify(again.body)).toContain('already published');
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { version: true } })).version).toBe(2);
  });
});
