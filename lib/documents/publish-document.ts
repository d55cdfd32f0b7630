import 'server-only';
// Publishing a draft: a new version, identical but for its status, so history shows who published
// it and when. It takes the version the reader saw, as every save does: if someone saved since,
// the answer is a 409 and nothing changes.
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import type { TSavedDocument } from './create-document';
import { updateDocument } from './update-document';

export async function publishDocument(user: { id: string }, doc: TLoadedDocument, baseVersion: number): Promise<TSavedDocument> {
  if (!doc.draft) throw new Invalid('This page is already published.', { status: 'Already published' });
  const current = await db.document.findFirst({
    where: { id: doc.id, deletedAt: null },
    select: { title: true, body: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  if (!current) throw new NotFound('This document does not exist or was deleted.');
  return updateDocument(user, doc, {
    baseVersion,
    title: current.title,
    body: current.body,
    tags: current.tags.map((t) => t.tag.name),
    status: 'published',
    message: 'Published',
  });
}
