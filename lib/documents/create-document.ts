import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db, type TTransaction } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { Invalid } from '@/lib/errors';
import { parseFields, type TParsedFields } from '@/lib/kinds/fields';
import type { TRendered } from '@/lib/markdown/rendered';
import { renderMarkdown } from '@/lib/markdown/render-pool';
import { defaultReviewBy } from '@/lib/reviews/review-policy';
import { documentPath } from './paths';
import type { TCreateDocument } from './schemas';
import { slugify } from './slugify';
import type { TLoadedTarget } from '@/lib/policies/loaders';
import { tagWrites, writeRevision } from './write-revision';
import { toJson } from './write-structured-rows';
import { derivedColumns } from './derived-columns';
import { queueWebhookEvents, type TQueuedEvent } from '@/lib/webhooks/queue-events';
import { saveEvents } from '@/lib/webhooks/save-events';
import { noticePageSaved } from '@/lib/notifications/page-notices';

export type TSavedDocument = { id: string; version: number; path: string };

/** Where an imported document came from (content/…), so re-imports can tell what changed. */
export type TSource = { path: string; hash: string };

type TProject = { id: string; slug: string } | null;
/** A new document; `reviewBy: null` (imports only) keeps a page that had no review date without one. */
type TNewDocument = Omit<TCreateDocument, 'reviewBy'> & { reviewBy?: Date | null };
export type TPreparedDocument = { input: TNewDocument; project: TProject; slug: string; fields: TParsedFields; rendered: TRendered };

const duplicate = (slug: string, project: TProject) =>
  new Invalid(`A document with the slug "${slug}" already exists ${project ? `in ${project.slug}` : 'outside projects'}.`, {
    slug: 'Already taken; choose another slug or title',
  });

/**
 * Checks and renders a new document before any write: the project, the slug, the structured
 * fields against the kind's schema. `target` is where it goes, as the route's scoped loader found
 * it (or, for the content import and tests, looked up here by slug). `freshProject`: the caller
 * has just created the project, so no slug in it can be taken.
 */
export async function prepareDocument(
  input: TNewDocument,
  { target, freshProject = false }: { target?: { project: TProject }; freshProject?: boolean } = {},
): Promise<TPreparedDocument> {
  const project = target
    ? target.project
    : input.projectSlug
      ? await db.project.findUnique({ where: { slug: input.projectSlug }, select: { id: true, slug: true } })
      : null;
  if (input.projectSlug && !project) {
    throw new Invalid(`There is no project "${input.projectSlug}".`, { projectSlug: 'Unknown project' });
  }
  const slug = input.slug ?? slugify(input.title);
  if (!slug) throw new Invalid('This title makes no usable URL; choose a slug.', { slug: 'Choose a slug' });
  if (!freshProject) {
    const taken = await db.document.findFirst({ where: { projectId: project?.id ?? null, slug }, select: { deletedAt: true } });
    if (taken?.deletedAt) {
      throw new Invalid(`A deleted document still uses the slug "${slug}": restore it from Deleted documents, or choose another slug.`, {
        slug: 'Used by a deleted document',
      });
    }
    if (taken) throw duplicate(slug, project);
  }
  const fields = parseFields(input.kind, input.fields);
  if (!fields.ok) throw new Invalid('Some structured fields need attention.', fields.errors);
  return { input, project, slug, fields: fields.value, rendered: await renderMarkdown(input.body, { from: project?.slug }) };
}

/** Writes a prepared document, its first revision, rows and audit event in the caller's transaction. */
export async function insertDocument(
  tx: TTransaction,
  user: { id: string },
  p: TPreparedDocument,
  source?: TSource,
  ownerId: string = user.id,
  announce: TQueuedEvent[] = [],
): Promise<TSavedDocument> {
  const { input, project, slug } = p;
  const doc = await tx.document.create({
    data: {
      projectId: project?.id ?? null,
      kind: input.kind,
      slug,
      title: input.title,
      titleKey: input.title.toLowerCase(),
      body: input.body,
      status: input.status,
      ownerId,
      version: 1,
      reviewBy: input.reviewBy === undefined ? defaultReviewBy(input.kind, new Date()) : input.reviewBy,
      fields: toJson(p.fields),
      fieldsVersion: p.fields?.version,
      ...derivedColumns({ kind: input.kind, body: input.body, fields: toJson(p.fields), ownerId }),
      sourcePath: source?.path,
      sourceHash: source?.hash,
      tags: { create: await tagWrites(tx, input.tags) },
    },
    select: { id: true },
  });
  const written = await writeRevision(tx, {
    documentId: doc.id,
    version: 1,
    title: input.title,
    body: input.body,
    authorId: user.id,
    message: source ? `Imported from ${source.path}` : 'Created',
    rendered: p.rendered,
    fields: p.fields,
    tags: input.tags,
    status: input.status,
    ownerId,
    kind: input.kind,
  });
  const path = documentPath(project?.slug, slug);
  await recordEvent(tx, {
    actorId: user.id,
    action: 'document.create',
    targetType: 'document',
    targetId: doc.id,
    summary: `Created “${input.title}” (${path})`,
  });
  await queueWebhookEvents(
    tx,
    { id: doc.id, title: input.title, kind: input.kind, slug, version: 1, project },
    saveEvents({ type: 'document.created', change: {} }, written.actionItems, announce),
  );
  await noticePageSaved(tx, user.id, { id: doc.id, project, path, ownerId }, { version: 1, message: '' });
  return { id: doc.id, version: 1, path };
}

/**
 * Writes a new document and its first revision; `ownerId` defaults to the author (an import
 * names another). Authorization happens before this is called:
 * the guard loads the target project through a scoped loader and asks the policy, and passes
 * the target here; the content import calls it with a source instead.
 */
export async function createDocument(
  user: { id: string },
  input: TNewDocument,
  { target, source, ownerId, announce }: { target?: TLoadedTarget; source?: TSource; ownerId?: string; announce?: TQueuedEvent[] } = {},
): Promise<TSavedDocument> {
  const prepared = await prepareDocument(input, { target });
  try {
    return await db.$transaction((tx) => insertDocument(tx, user, prepared, source, ownerId, announce));
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(prepared.slug, prepared.project);
    throw err;
  }
}
