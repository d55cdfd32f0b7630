import 'server-only';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import type { TSavedDocument } from './create-document';
import { updateDocument } from './update-document';

/**
 * "Restore this version": saves a new version whose content equals version N — title, body,
 * structured fields, tags and status — with the message "Restored version N". It is an ordinary
 * save on top of `baseVersion`: the version check (409 if someone saved meanwhile), a new
 * revision, the decision, lesson and action-item rows, the search outbox and the audit log all
 * follow. History is never rewritten. For versions saved before tags, status or fields were kept
 * with each version, the current ones stay.
 */
export async function restoreVersion(
  user: { id: string },
  doc: TLoadedDocument,
  version: number,
  baseVersion: number,
): Promise<TSavedDocument> {
  if (version === doc.version) throw new Invalid(`Version ${version} is already the current version.`, { version: 'Already current' });
  const rev = await db.revision.findUnique({
    where: { documentId_version: { documentId: doc.id, version } },
    select: { title: true, body: true, fields: true, tags: true, status: true },
  });
  if (!rev) throw new NotFound(`Version ${version} of this document does not exist.`);
  // A version saved before tags and status were kept with versions keeps the current ones.
  const page = rev.status ? { tags: rev.tags, status: rev.status } : await currentPage(doc.id);
  return updateDocument(user, doc, {
    baseVersion,
    title: rev.title,
    body: rev.body,
    ...page,
    // Undefined keeps the current fields (a version from before fields were kept with versions).
    fields: rev.fields ?? undefined,
    message: `Restored version ${version}`,
  });
}

async function currentPage(id: string) {
  const doc = await db.document.findUniqueOrThrow({
    where: { id },
    select: { status: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  return { tags: doc.tags.map((t) => t.tag.name), status: doc.status };
}
