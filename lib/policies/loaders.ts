import 'server-only';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TKind } from '@/lib/kinds/kinds';
import { canRead, type TActor, type TScope } from './can';
import { projectFactsSelect, projectScope } from './project-scope';
import { asReadable, type TReadable } from './readable';
import { draftOf } from './read-rule';

// The scoped loaders: each reads a resource together with the facts the policy needs and refuses
// what the reader may not read as missing (404), never as forbidden, so its existence is not
// confirmed. The guard calls them before `can()`; domain functions take what they return.

export type TLoaded<T> = TReadable<T & { scope: TScope }>;

export type TLoadedDocument = TLoaded<{
  id: string;
  title: string;
  slug: string;
  kind: TKind;
  version: number;
  fields: unknown;
  ownerId: string;
  draft: boolean;
  project: { id: string; slug: string } | null;
}>;

// Whether a document is a draft, and whose: read with it for the rule's `draftOf` (read-rule.ts).
const draftFacts = { status: true, ownerId: true } as const;

const documentSelect = (actorId: string) =>
  ({
    id: true,
    title: true,
    slug: true,
    kind: true,
    version: true,
    fields: true,
    ownerId: true,
    status: true,
    project: { select: { id: true, slug: true, ...projectFactsSelect(actorId) } },
  }) as const;

/** A live document (or, with `deleted`, one in Deleted documents) the reader may read. */
export async function loadDocument(actor: TActor, id: string, options: { deleted?: boolean } = {}): Promise<TLoadedDocument> {
  const doc = await db.document.findFirst({
    where: { id, deletedAt: options.deleted ? { not: null } : null },
    select: documentSelect(actor.id),
  });
  const scope: TScope | null = doc ? { project: projectScope(doc.project), ownerId: doc.ownerId, ...draftOf(doc) } : null;
  if (!doc || !scope || !canRead(actor, scope)) {
    throw new NotFound(options.deleted ? 'This document is not in Deleted documents.' : 'This document does not exist or was deleted.');
  }
  return asReadable({
    ...doc,
    draft: doc.status === 'draft',
    project: doc.project ? { id: doc.project.id, slug: doc.project.slug } : null,
    scope,
  });
}

/** A live document by its address (project slug, or null for team-wide, and its slug); 404 as loadDocument. */
export async function loadDocumentAt(actor: TActor, projectSlug: string | null, slug: string): Promise<TLoadedDocument> {
  const found = await db.document.findFirst({
    where: { slug, deletedAt: null, ...(projectSlug ? { project: { slug: projectSlug } } : { projectId: null }) },
    select: { id: true },
  });
  if (!found) throw new NotFound('This document does not exist or was deleted.');
  return loadDocument(actor, found.id);
}

export type TLoadedProject = TLoaded<{ id: string; slug: string; name: string; visibility: 'internal' | 'restricted' }>;

/** A project the reader may read; 404 otherwise. */
export async function loadProject(actor: TActor, slug: string): Promise<TLoadedProject> {
  const project = await db.project.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, ...projectFactsSelect(actor.id) },
  });
  const scope: TScope | null = project ? { project: projectScope(project) } : null;
  if (!project || !scope || !canRead(actor, scope)) throw new NotFound('There is no project at this address.');
  return asReadable({ id: project.id, slug: project.slug, name: project.name, visibility: project.visibility, scope });
}

export type TLoadedTarget = TLoaded<{ project: { id: string; slug: string } | null }>;

/** Where a new document goes: a project the reader may read, or team-wide (null). */
export async function loadTarget(actor: TActor, projectSlug: string | null): Promise<TLoadedTarget> {
  if (!projectSlug) return asReadable({ project: null, scope: { project: null } });
  const project = await db.project.findUnique({
    where: { slug: projectSlug },
    select: { id: true, slug: true, ...projectFactsSelect(actor.id) },
  });
  const scope: TScope | null = project ? { project: projectScope(project) } : null;
  if (!project || !scope || !canRead(actor, scope)) {
    throw new Invalid(`There is no project "${projectSlug}".`, { projectSlug: 'Unknown project' });
  }
  return asReadable({ project: { id: project.id, slug: project.slug }, scope });
}

/**
 * Who the content import, scripts and tests act as when no person asks: the deployment itself,
 * which may read everything. Never the actor of a request.
 */
export const SYSTEM_ACTOR: TActor = { id: 'system', role: 'admin' };

export type TLoadedWebhook = TLoaded<{ id: string; url: string; project: { id: string; slug: string } | null }>;

/** A webhook endpoint, with the facts of its project (or none: the whole wiki's); 404 as loadDocument. */
export async function loadWebhook(actor: TActor, id: string): Promise<TLoadedWebhook> {
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, project: { select: { id: true, slug: true, ...projectFactsSelect(actor.id) } } },
  });
  const scope: TScope | null = endpoint ? { project: projectScope(endpoint.project) } : null;
  if (!endpoint || !scope || !canRead(actor, scope)) throw new NotFound('There is no such webhook.');
  const project = endpoint.project ? { id: endpoint.project.id, slug: endpoint.project.slug } : null;
  return asReadable({ id: endpoint.id, url: endpoint.url, project, scope });
}

export type TLoadedComment = TLoaded<{ id: string; threadId: string; documentId: string; deleted: boolean }>;

/** A comment on a live page the reader may read; the scope's owner is the comment's author. */
export async function loadComment(actor: TActor, id: string): Promise<TLoadedComment> {
  const comment = await db.comment.findFirst({
    where: { id, thread: { document: { deletedAt: null } } },
    select: {
      id: true,
      threadId: true,
      authorId: true,
      deletedAt: true,
      thread: { select: { documentId: true, document: { select: { ...draftFacts, project: { select: projectFactsSelect(actor.id) } } } } },
    },
  });
  const scope: TScope | null = comment
    ? { project: projectScope(comment.thread.document.project), ownerId: comment.authorId, ...draftOf(comment.thread.document) }
    : null;
  if (!comment || !scope || !canRead(actor, scope)) throw new NotFound('There is no such comment.');
  return asReadable({
    id: comment.id,
    threadId: comment.threadId,
    documentId: comment.thread.documentId,
    deleted: comment.deletedAt !== null,
    scope,
  });
}

export type TLoadedThread = TLoaded<{ id: string; documentId: string; resolved: boolean }>;

/** A comment thread on a live page the reader may read; the scope's owner is who started it. */
export async function loadThread(actor: TActor, id: string): Promise<TLoadedThread> {
  const thread = await db.commentThread.findFirst({
    where: { id, document: { deletedAt: null } },
    select: {
      id: true,
      documentId: true,
      resolvedAt: true,
      comments: { orderBy: { createdAt: 'asc' }, take: 1, select: { authorId: true } },
      document: { select: { ...draftFacts, project: { select: projectFactsSelect(actor.id) } } },
    },
  });
  const scope: TScope | null = thread
    ? { project: projectScope(thread.document.project), ownerId: thread.comments[0]?.authorId, ...draftOf(thread.document) }
    : null;
  if (!thread || !scope || !canRead(actor, scope)) throw new NotFound('There is no such thread.');
  return asReadable({ id: thread.id, documentId: thread.documentId, resolved: thread.resolvedAt !== null, scope });
}

export type TLoadedActionItem = TLoaded<{ document: TLoadedDocument; position: number; action: string; status: string }>;

/** An action item (by its place in a live retrospective the reader may read); the scope's owner is its assignee. */
export async function loadActionItem(actor: TActor, documentId: string, position: number): Promise<TLoadedActionItem> {
  const document = await loadDocument(actor, documentId);
  const item = await db.actionItem.findFirst({
    where: { documentId, position },
    select: { position: true, action: true, status: true, assigneeId: true },
  });
  if (!item) throw new NotFound('This retrospective has no such action item; reload the page.');
  return asReadable({
    document,
    position: item.position,
    action: item.action,
    status: item.status,
    scope: { ...document.scope, ownerId: item.assigneeId ?? undefined },
  });
}

export type TLoadedAttachment = TLoaded<{ id: string; documentId: string }>;

/** A file attached to a live page the reader may read (the page's own rule); 404 otherwise. */
export async function loadAttachment(actor: TActor, id: string): Promise<TLoadedAttachment> {
  const row = await db.attachment.findUnique({ where: { id }, select: { id: true, documentId: true } });
  if (!row) throw new NotFound('There is no such attachment.');
  const document = await loadDocument(actor, row.documentId).catch(() => {
    throw new NotFound('There is no such attachment.');
  });
  return asReadable({ id: row.id, documentId: row.documentId, scope: document.scope });
}
