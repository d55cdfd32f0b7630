import 'server-only';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { JobRole } from '@/lib/generated/prisma/enums';
import type { TReadable } from '@/lib/policies/readable';

export type TRevisionState = {
  /** The structured fields saved with this version (null: none kept, or the kind has none). */
  fields: unknown;
  /** Tags, status and owner as they were; null for versions saved before those were kept. */
  page: { tags: string[]; status: 'draft' | 'published'; owner: { name: string; jobRole: JobRole } | null } | null;
};

const stateSelect = { fields: true, tags: true, status: true, ownerId: true } as const;

async function stateOf(rev: {
  fields: unknown;
  tags: string[];
  status: 'draft' | 'published' | null;
  ownerId: string | null;
}): Promise<TRevisionState> {
  const owner = rev.ownerId ? await db.user.findUnique({ where: { id: rev.ownerId }, select: { name: true, jobRole: true } }) : null;
  return { fields: rev.fields, page: rev.status ? { tags: rev.tags, status: rev.status, owner } : null };
}

function revisionOrNotFound<T>(rev: T | null, version: number): T {
  if (!rev) throw new NotFound(`Version ${version} of this document does not exist.`);
  return rev;
}

/** What a version held beside its text, for reading it as it was and for restoring it. */
export async function revisionState(doc: TReadable<{ id: string }>, version: number): Promise<TRevisionState> {
  const rev = await db.revision.findUnique({ where: { documentId_version: { documentId: doc.id, version } }, select: stateSelect });
  return stateOf(revisionOrNotFound(rev, version));
}

export type TVersionText = TRevisionState & {
  version: number;
  title: string;
  body: string;
  message: string;
  author: string;
  authorJobRole: JobRole;
  createdAt: Date;
};

/** A version whole, as text: what the compare page sets beside another. */
export async function versionText(doc: TReadable<{ id: string }>, version: number): Promise<TVersionText> {
  const rev = revisionOrNotFound(
    await db.revision.findUnique({
      where: { documentId_version: { documentId: doc.id, version } },
      select: {
        ...stateSelect,
        title: true,
        body: true,
        message: true,
        createdAt: true,
        author: { select: { name: true, jobRole: true } },
      },
    }),
    version,
  );
  return {
    ...(await stateOf(rev)),
    version,
    title: rev.title,
    body: rev.body,
    message: rev.message,
    author: rev.author.name,
    authorJobRole: rev.author.jobRole,
    createdAt: rev.createdAt,
  };
}
