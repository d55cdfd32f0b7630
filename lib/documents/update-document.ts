import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { parseFields } from '@/lib/kinds/fields';
import { toJson } from './write-structured-rows';
import { derivedColumns } from './derived-columns';
import { renderMarkdown } from '@/lib/markdown/render-pool';
import { documentPath } from './paths';
import type { TUpdateDocument } from './schemas';
import { tagWrites, writeRevision } from './write-revision';
import type { TSavedDocument, TSource } from './create-document';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { queueWebhookEvents, siteUrl, type TQueuedEvent } from '@/lib/webhooks/queue-events';
import { saveEvents } from '@/lib/webhooks/save-events';
import { noticePageSaved } from '@/lib/notifications/page-notices';
import { stampSave } from '@/lib/action-items/stamp-save';

type TDraft = Pick<TUpdateDocument, 'title' | 'body' | 'tags' | 'status'>;

export type TConflictDetail = {
  yours: TDraft;
  current: TDraft & { version: number; savedBy: string; savedAt: string; message: string; fields: unknown };
};

/**
 * Saves a new version, but only on top of the version the editor started from. The version
 * check and the write happen in one statement, so two saves based on the same version can never
 * both succeed: the second gets a Conflict carrying its own text and the version that won.
 */
export async function updateDocument(
  user: { id: string },
  doc: TLoadedDocument,
  // reviewBy: an import carries the page's review date with its text, in the same transaction.
  input: Omit<TUpdateDocument, 'id'> & { reviewBy?: Date | null },
  source?: TSource,
  // Events the caller announces with this save (a training run's publication).
  announce: TQueuedEvent[] = [],
): Promise<TSavedDocument> {
  // Saves without structured fields (the Markdown editor) keep the current ones.
  const fields = parseFields(doc.kind, input.fields === undefined ? (doc.fields ?? undefined) : input.fields);
  if (!fields.ok) throw new Invalid('Some structured fields need attention.', fields.errors);
  // A person's save that marks action items done records who and when (imports carry their own).
  if (doc.kind === 'retrospective' && !source) await stampSave(user.id, doc.fields, fields.value);

  const rendered = await renderMarkdown(input.body, { from: doc.project?.slug });
  const version = input.baseVersion + 1;
  const status = input.status ?? (doc.draft ? 'draft' : 'published');
  const saved = await db.$transaction(async (tx) => {
    const claimed = await tx.document.updateMany({
      where: { id: doc.id, version: input.baseVersion, deletedAt: null },
      data: {
        version,
        title: input.title,
        titleKey: input.title.toLowerCase(),
        body: input.body,
        status,
        fields: toJson(fields.value),
        fieldsVersion: fields.value?.version ?? null,
        ...derivedColumns({ kind: doc.kind, body: input.body, fields: toJson(fields.value), ownerId: doc.ownerId }),
        ...(source ? { sourcePath: source.path, sourceHash: source.hash } : {}),
        ...(input.reviewBy !== undefined ? { reviewBy: input.reviewBy } : {}),
      },
    });
    if (claimed.count === 0) return false;
    await tx.document.update({
      where: { id: doc.id },
      data: { tags: { deleteMany: {}, create: await tagWrites(tx, input.tags) } },
      select: { id: true },
    });
    const written = await writeRevision(tx, {
      documentId: doc.id,
      version,
      title: input.title,
      body: input.body,
      authorId: user.id,
      message: input.message,
      rendered,
      fields: fields.value,
      tags: input.tags,
      status,
      ownerId: doc.ownerId,
      kind: doc.kind,
    });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'document.update',
      targetType: 'document',
      targetId: doc.id,
      summary: `Saved version ${version} of “${input.title}”${input.message ? `: ${input.message}` : ''}`,
    });
    const path = documentPath(doc.project?.slug, doc.slug);
    const change = {
      previousVersion: input.baseVersion,
      message: input.message,
      compareUrl: `${siteUrl()}${path}/history/compare?from=${input.baseVersion}&to=${version}`,
    };
    await queueWebhookEvents(
      tx,
      { ...doc, title: input.title, version },
      saveEvents({ type: 'document.updated', change }, written.actionItems, announce),
    );
    await noticePageSaved(
      tx,
      user.id,
      { id: doc.id, project: doc.project, path, ownerId: doc.ownerId },
      { version, message: input.message, published: doc.draft && status === 'published' },
    );
    return true;
  });
  if (!saved) throw await conflictFor(doc.id, input);
  return { id: doc.id, version, path: documentPath(doc.project?.slug, doc.slug) };
}

async function conflictFor(id: string, input: Omit<TUpdateDocument, 'id'>) {
  const current = await db.document.findFirst({
    where: { id, deletedAt: null },
    select: {
      version: true,
      title: true,
      body: true,
      status: true,
      fields: true,
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
      revisions: {
        orderBy: { version: 'desc' },
        take: 1,
        select: { createdAt: true, message: true, author: { select: { name: true } } },
      },
    },
  });
  if (!current) return new NotFound('This document was deleted while you were editing it.');
  const last = current.revisions[0];
  return new Conflict<TConflictDetail>(
    `Someone saved version ${current.version} while you were editing version ${input.baseVersion}. ` +
      'Your text is kept below: compare, then save again.',
    {
      yours: { title: input.title, body: input.body, tags: input.tags, status: input.status },
      current: {
        version: current.version,
        title: current.title,
        body: current.body,
        status: current.status,
        fields: current.fields,
        tags: current.tags.map((t) => t.tag.name),
        savedBy: last?.author.name ?? 'someone',
        savedAt: (last?.createdAt ?? new Date()).toISOString(),
        message: last?.message ?? '',
      },
    },
  );
}
