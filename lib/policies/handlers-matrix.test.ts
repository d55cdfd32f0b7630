// Every route handler that changes data (and every export), called as every kind of caller against a document in a
// restricted project. The statuses are the contract: signed out 401, outsiders 404 (or 422 for an
// unknown project), insufficient roles 403, allowed roles 2xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCH as patchUser } from '@/app/api/admin/users/[id]/route';
import { POST as changePassword } from '@/app/api/account/password/route';
import { POST as makeToken } from '@/app/api/account/tokens/route';
import { PUT as publishVersion } from '@/app/api/v1/projects/[slug]/model-cards/[model]/versions/[version]/route';
import { DELETE as revokeToken } from '@/app/api/account/tokens/[id]/route';
import { DELETE as signOutEverywhere } from '@/app/api/account/sessions/route';
import { POST as invite } from '@/app/api/admin/invitations/route';
import { DELETE as deleteDoc, PUT as updateDoc } from '@/app/api/documents/[id]/route';
import { POST as restoreDoc } from '@/app/api/documents/[id]/restore/route';
import { POST as publishDoc } from '@/app/api/documents/[id]/publish/route';
import { POST as attachFile } from '@/app/api/documents/[id]/attachments/route';
import { DELETE as removeAttachment, GET as serveAttachment } from '@/app/api/attachments/[id]/route';
import { POST as restoreVersion } from '@/app/api/documents/[id]/versions/[version]/restore/route';
import { POST as verifyDoc } from '@/app/api/documents/[id]/verify/route';
import { GET as recentDocs, POST as createDoc } from '@/app/api/documents/route';
import { GET as exportPage } from '@/app/api/documents/[id]/export/route';
import { GET as exportWiki } from '@/app/api/export/route';
import { GET as exportProject } from '@/app/api/projects/[slug]/export/route';
import { POST as importIntoProject } from '@/app/api/projects/[slug]/import/route';
import { POST as importIntoWiki } from '@/app/api/import/route';
import { PATCH as patchProject } from '@/app/api/projects/[slug]/route';
import { POST as createProjectRoute } from '@/app/api/projects/route';
import { DELETE as removeMember, POST as setMember } from '@/app/api/projects/[slug]/members/route';
import { POST as createWebhookRoute } from '@/app/api/webhooks/route';
import { DELETE as deleteWebhookRoute, PATCH as patchWebhook } from '@/app/api/webhooks/[id]/route';
import { POST as testWebhook } from '@/app/api/webhooks/[id]/test/route';
import { POST as rollSecret } from '@/app/api/webhooks/[id]/secret/route';
import { POST as resendWebhook } from '@/app/api/webhooks/[id]/deliveries/[delivery]/resend/route';
import { POST as addCommentRoute } from '@/app/api/documents/[id]/comments/route';
import { POST as watchPageRoute } from '@/app/api/documents/[id]/watch/route';
import { POST as watchProjectRoute } from '@/app/api/projects/[slug]/watch/route';
import { POST as markReadRoute } from '@/app/api/notifications/read/route';
import { PUT as noticePrefsRoute } from '@/app/api/account/notifications/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/[user]/[token]/route';
import { DELETE as deleteCommentRoute, PATCH as editCommentRoute } from '@/app/api/comments/[id]/route';
import { POST as resolveThreadRoute } from '@/app/api/comment-threads/[id]/resolve/route';
import { POST as markActionItemRoute } from '@/app/api/documents/[id]/action-items/[position]/route';
import { POST as similarRoute } from '@/app/api/similar/route';
import { addComment } from '@/lib/comments/add-comment';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { addMember, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, upload } from '@/test/http';

type TCaller = 'signed-out' | 'outsider-editor' | 'site-viewer-member' | 'project-editor' | 'project-owner' | 'admin';
const CALLERS: TCaller[] = ['signed-out', 'outsider-editor', 'site-viewer-member', 'project-editor', 'project-owner', 'admin'];

let cookies: Record<TCaller, string>;
let project: { id: string; slug: string };
let victim: { id: string; email: string };

beforeAll(async () => {
  project = await makeProject(unique('matrix'), 'restricted');
  const [outsider, viewer, editor, owner, admin] = await Promise.all([
    makeUser('Outsider', 'editor'),
    makeUser('Viewer member', 'viewer'),
    makeUser('Project editor', 'viewer'),
    makeUser('Project owner', 'viewer'),
    makeUser('Admin', 'admin'),
  ]);
  victim = await makeUser('Someone', 'viewer');
  await addMember(project.id, viewer.id, 'viewer');
  await addMember(project.id, editor.id, 'editor');
  await addMember(project.id, owner.id, 'owner');
  cookies = {
    'signed-out': '',
    'outsider-editor': await sessionCookie(outsider),
    'site-viewer-member': await sessionCookie(viewer),
    'project-editor': await sessionCookie(editor),
    'project-owner': await sessionCookie(owner),
    admin: await sessionCookie(admin),
  };
});

// The webhooks made here would otherwise hear about later tests' pages.
afterAll(() => db.webhookEndpoint.deleteMany({ where: { url: { startsWith: 'http://127.0.0.1:9/' } } }));

// A webhook of the project (or, with null, of the whole wiki) with one delivery in its log.
const freshWebhook = async (projectId: string | null = project.id) => {
  const owner = await makeUser('Hook owner', 'admin');
  const endpoint = await db.webhookEndpoint.create({
    data: {
      projectId,
      url: 'http://127.0.0.1:9/hook',
      events: ['document.created'],
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      ownerId: owner.id,
    },
    select: { id: true },
  });
  const delivery = await db.webhookDelivery.create({
    data: { id: unique('msg'), endpointId: endpoint.id, eventType: 'webhook.ping', payload: {}, status: 'failed' },
    select: { id: true },
  });
  return { id: endpoint.id, delivery: delivery.id };
};

// A comment by someone else (a member of the project), starting a thread on a fresh page.
const freshComment = async () => {
  const author = await makeUser('Commenter', 'viewer');
  await addMember(project.id, author.id, 'viewer');
  return addComment(author, await loaded(await freshDoc()), { id: 'x', body: 'Someone else’s words', anchor: '' });
};

const freshDoc = async (deleted = false, status: 'draft' | 'published' = 'published') => {
  const owner = await makeUser('Doc owner', 'editor');
  const { id } = await createDocument(owner, {
    kind: 'runbook',
    projectSlug: project.slug,
    title: unique('Doc'),
    body: 'x',
    tags: [],
    status,
  });
  if (deleted) await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
  return id;
};

// Expected status per caller, in CALLERS order.
const CASES: [string, (cookie: string) => Promise<number>, number[]][] = [
  [
    'create a document in the project',
    async (c) => (await call(createDoc, 'POST', { kind: 'runbook', title: unique('New'), body: '', projectSlug: project.slug }, c)).status,
    [401, 422, 403, 201, 201, 201],
  ],
  [
    'update a document',
    async (c) => (await call(updateDoc, 'PUT', { baseVersion: 1, title: 'T', body: 'y' }, c, { id: await freshDoc() })).status,
    [401, 404, 403, 200, 200, 200],
  ],
  // A typed relation is part of the page that declares it: editing it is editing that page.
  [
    'declare a typed relation on a page',
    async (c) =>
      (
        await call(updateDoc, 'PUT', { baseVersion: 1, title: 'T', body: 'y', fields: { operates: ['Some model'] } }, c, {
          id: await freshDoc(),
        })
      ).status,
    [401, 404, 403, 200, 200, 200],
  ],
  [
    'restore an earlier version',
    async (c) => {
      const id = await freshDoc();
      const { ownerId } = await db.document.findUniqueOrThrow({ where: { id }, select: { ownerId: true } });
      await updateDocument({ id: ownerId }, await loaded(id), {
        baseVersion: 1,
        title: 'T2',
        body: 'v2',
        tags: [],
        status: 'published',
        message: '',
      });
      return (await call(restoreVersion, 'POST', { baseVersion: 2 }, c, { id, version: '1' })).status;
    },
    [401, 404, 403, 200, 200, 200],
  ],
  [
    'verify a document',
    async (c) => (await call(verifyDoc, 'POST', {}, c, { id: await freshDoc() })).status,
    [401, 404, 403, 200, 200, 200],
  ],
  [
    'attach a file to a page',
    async (c) => (await upload(attachFile, { file: new File(['notes'], 'notes.txt') }, c, { id: await freshDoc() })).status,
    [401, 404, 403, 201, 201, 201],
  ],
  [
    'read an attachment',
    async (c) => {
      const id = await freshDoc();
      const { ownerId } = await db.document.findUniqueOrThrow({ where: { id }, select: { ownerId: true } });
      const file = await db.attachment.create({
        data: { documentId: id, name: 'n.txt', mime: 'text/plain', size: 1, sha256: 'x', data: Buffer.from('x'), uploadedById: ownerId },
      });
      const res = await serveAttachment(new Request('http://localhost/api/attachments', { headers: { cookie: c } }), {
        params: Promise.resolve({ id: file.id }),
      });
      return res.status;
    },
    [401, 404, 200, 200, 200, 200],
  ],
  [
    'remove an attachment',
    async (c) => {
      const id = await freshDoc();
      const file = await db.attachment.create({
        data: { documentId: id, name: 'n.txt', mime: 'text/plain', size: 1, sha256: 'x', data: Buffer.from('x') },
      });
      return (await call(removeAttachment, 'DELETE', {}, c, { id: file.id })).status;
    },
    [401, 404, 403, 200, 200, 200],
  ],
  // A draft is not there for a project viewer (404, not 403): they do not see it at all.
  [
    'publish a draft',
    async (c) => (await call(publishDoc, 'POST', { version: 1 }, c, { id: await freshDoc(false, 'draft') })).status,
    [401, 404, 404, 200, 200, 200],
  ],
  [
    'delete a document',
    async (c) => (await call(deleteDoc, 'DELETE', {}, c, { id: await freshDoc() })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'restore a document',
    async (c) => (await call(restoreDoc, 'POST', {}, c, { id: await freshDoc(true) })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'add a member',
    async (c) => (await call(setMember, 'POST', { email: victim.email, role: 'viewer' }, c, { slug: project.slug })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'remove a member',
    async (c) => {
      await db.projectMember.upsert({
        where: { projectId_userId: { projectId: project.id, userId: victim.id } },
        update: {},
        create: { projectId: project.id, userId: victim.id, role: 'viewer' },
      });
      return (await call(removeMember, 'DELETE', { userId: victim.id }, c, { slug: project.slug })).status;
    },
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'change project visibility',
    async (c) => (await call(patchProject, 'PATCH', { visibility: 'restricted' }, c, { slug: project.slug })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'create a project',
    async (c) => (await call(createProjectRoute, 'POST', { name: unique('Matrix project') }, c)).status,
    [401, 201, 403, 403, 403, 201],
  ],
  [
    'change a user role',
    async (c) => (await call(patchUser, 'PATCH', { jobRole: 'lead' }, c, { id: victim.id })).status,
    [401, 403, 403, 403, 403, 200],
  ],
  [
    'invite a user',
    async (c) => (await call(invite, 'POST', { email: `${unique('i')}@t.test`, role: 'viewer' }, c)).status,
    [401, 403, 403, 403, 403, 201],
  ],
  // The 404 page's "recently updated": anyone signed in, each sees what they may read.
  ['list recent pages', async (c) => (await call(recentDocs, 'GET', {}, c)).status, [401, 200, 200, 200, 200, 200]],
  // Ways out: exports read, so readers may; the whole wiki is for admins.
  ['export a page', async (c) => (await call(exportPage, 'GET', {}, c, { id: await freshDoc() })).status, [401, 404, 200, 200, 200, 200]],
  [
    'export the project',
    async (c) => (await call(exportProject, 'GET', {}, c, { slug: project.slug })).status,
    [401, 404, 200, 200, 200, 200],
  ],
  ['export the whole wiki', async (c) => (await call(exportWiki, 'GET', {}, c)).status, [401, 403, 403, 403, 403, 200]],
  // Ways in: a dry run of an import takes the right to import (create pages) there.
  [
    'import into the project (dry run)',
    async (c) =>
      (
        await upload(importIntoProject, { file: new File(['---\ntitle: M\nkind: runbook\n---\n'], 'm.md'), mode: 'dry-run' }, c, {
          slug: project.slug,
        })
      ).status,
    [401, 404, 403, 200, 200, 200],
  ],
  [
    'import into the whole wiki (dry run)',
    async (c) =>
      (await upload(importIntoWiki, { file: new File(['---\ntitle: M\nkind: runbook\n---\n'], 'm.md'), mode: 'dry-run' }, c)).status,
    [401, 403, 403, 403, 403, 200],
  ],
  // Access tokens: anyone signed in makes their own; only admins revoke someone else's.
  [
    'make an access token',
    async (c) => (await call(makeToken, 'POST', { name: 'matrix', scopes: ['read'] }, c)).status,
    [401, 201, 201, 201, 201, 201],
  ],
  [
    'revoke someone else’s access token',
    async (c) => {
      const owner = await makeUser('Token owner', 'editor');
      const made = await call(makeToken, 'POST', { name: 'theirs', scopes: ['read'] }, await sessionCookie(owner));
      return (await call(revokeToken, 'DELETE', {}, c, { id: String(made.body?.id) })).status;
    },
    [401, 404, 404, 404, 404, 200],
  ],
  // Comments: readers comment (viewers too); words are their author's alone; owners moderate.
  [
    'comment on a page',
    async (c) => (await call(addCommentRoute, 'POST', { body: 'A thought' }, c, { id: await freshDoc() })).status,
    [401, 404, 201, 201, 201, 201],
  ],
  [
    'edit someone else’s comment',
    async (c) => (await call(editCommentRoute, 'PATCH', { body: 'Changed' }, c, { id: (await freshComment()).id })).status,
    [401, 404, 403, 403, 403, 403],
  ],
  [
    'delete someone else’s comment',
    async (c) => (await call(deleteCommentRoute, 'DELETE', {}, c, { id: (await freshComment()).id })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'resolve someone else’s thread',
    async (c) => (await call(resolveThreadRoute, 'POST', { resolved: true }, c, { id: (await freshComment()).threadId })).status,
    [401, 404, 403, 200, 200, 200],
  ],
  // Action items: someone else's is ticked off by whoever may edit the retrospective.
  [
    'mark someone else’s action item done',
    async (c) => {
      const owner = await makeUser('Retro owner', 'editor');
      const { id } = await createDocument(owner, {
        kind: 'retrospective',
        projectSlug: project.slug,
        title: unique('Retro'),
        body: 'x',
        tags: [],
        status: 'published',
        fields: { actionItems: [{ action: 'Fix it', owner: 'Someone else entirely' }] },
      });
      return (await call(markActionItemRoute, 'POST', { action: 'Fix it', status: 'done' }, c, { id, position: '0' })).status;
    },
    [401, 404, 403, 200, 200, 200],
  ],
  // Similar work reads (the engine cuts it to what each caller may read).
  [
    'ask for similar past work',
    async (c) =>
      (await call(similarRoute, 'POST', { kind: 'retrospective', title: 'Drift incident', projectSlug: project.slug }, c)).status,
    [401, 200, 200, 200, 200, 200],
  ],
  // Watching: whoever reads; one's inbox is one's own.
  [
    'watch a page',
    async (c) => (await call(watchPageRoute, 'POST', { watching: true }, c, { id: await freshDoc() })).status,
    [401, 404, 200, 200, 200, 200],
  ],
  [
    'watch the project',
    async (c) => (await call(watchProjectRoute, 'POST', { watching: true }, c, { slug: project.slug })).status,
    [401, 404, 200, 200, 200, 200],
  ],
  [
    'mark all one’s notifications read',
    async (c) => (await call(markReadRoute, 'POST', { all: true }, c)).status,
    [401, 200, 200, 200, 200, 200],
  ],
  [
    'choose what reaches one by email',
    async (c) => (await call(noticePrefsRoute, 'PUT', { prefs: { mention: 'email' }, digest: false }, c)).status,
    [401, 200, 200, 200, 200, 200],
  ],
  // The unsubscribe link needs no session: its token is the proof, and a wrong one is refused for anyone.
  [
    'unsubscribe someone with a made-up token',
    async (c) =>
      (await upload(unsubscribeRoute, { 'List-Unsubscribe': 'One-Click' }, c, { user: victim.id, token: 'forged-token' })).status,
    [404, 404, 404, 404, 404, 404],
  ],
  // Webhooks: a project's are for its owners, the whole wiki's for admins; the address is checked.
  [
    'register a webhook for the project',
    async (c) =>
      (await call(createWebhookRoute, 'POST', { projectSlug: project.slug, url: 'http://127.0.0.1:9/h', events: ['document.created'] }, c))
        .status,
    [401, 422, 403, 403, 201, 201],
  ],
  [
    'register a webhook for the whole wiki',
    async (c) => (await call(createWebhookRoute, 'POST', { url: 'http://127.0.0.1:9/h', events: ['document.created'] }, c)).status,
    [401, 403, 403, 403, 403, 201],
  ],
  [
    'change the project’s webhook',
    async (c) => (await call(patchWebhook, 'PATCH', { enabled: false }, c, { id: (await freshWebhook()).id })).status,
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'send a test event',
    async (c) => (await call(testWebhook, 'POST', {}, c, { id: (await freshWebhook()).id })).status,
    [401, 404, 403, 403, 201, 201],
  ],
  [
    'roll a webhook’s secret',
    async (c) => (await call(rollSecret, 'POST', {}, c, { id: (await freshWebhook()).id })).status,
    [401, 404, 403, 403, 201, 201],
  ],
  [
    'resend a delivery',
    async (c) => {
      const hook = await freshWebhook();
      return (await call(resendWebhook, 'POST', {}, c, { id: hook.id, delivery: hook.delivery })).status;
    },
    [401, 404, 403, 403, 200, 200],
  ],
  [
    'delete the whole wiki’s webhook',
    async (c) => (await call(deleteWebhookRoute, 'DELETE', {}, c, { id: (await freshWebhook(null)).id })).status,
    [401, 403, 403, 403, 403, 200],
  ],
  // /api/v1 takes access tokens only: a browser session gets 401 there, whoever it belongs to
  // (the token matrix is in lib/tokens and lib/publishing).
  [
    'publish a model version with a session cookie',
    async (c) => {
      const res = await publishVersion(
        new Request('http://localhost/api/v1/projects/x/model-cards/m/versions/1', {
          method: 'PUT',
          headers: { cookie: c, 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify({ pipeline: 'p', run: { id: '1' } }),
        }),
        { params: Promise.resolve({ slug: project.slug, model: 'm', version: '1' }) },
      );
      return res.status;
    },
    [401, 401, 401, 401, 401, 401],
  ],
  // On one's own account only; these callers have no password (as after single sign-on).
  [
    'change one’s own password',
    async (c) => (await call(changePassword, 'POST', { current: 'x', next: 'a-new-password-1' }, c)).status,
    [401, 422, 422, 422, 422, 422],
  ],
  // Last: it ends each caller's sessions, so their cookies stop working after it.
  ['sign out everywhere', async (c) => (await call(signOutEverywhere, 'DELETE', {}, c)).status, [401, 200, 200, 200, 200, 200]],
];

describe('every mutating handler × every caller', () => {
  for (const [name, run, expected] of CASES) {
    it(name, async () => {
      const got: number[] = [];
      for (const caller of CALLERS) got.push(await run(cookies[caller]));
      expect(Object.fromEntries(CALLERS.map((c, i) => [c, got[i]]))).toEqual(Object.fromEntries(CALLERS.map((c, i) => [c, expected[i]])));
    });
  }
});
