import 'server-only';
import { db } from '@/lib/db/client';
import type { JobRole } from '@/lib/generated/prisma/enums';
import type { TReadable } from '@/lib/policies/readable';

export type TRevisionSummary = {
  version: number;
  title: string;
  message: string;
  author: string;
  authorJobRole: JobRole;
  createdAt: Date;
};

/** Every saved version of a document the reader may read (from getDocument or a loader). */
export async function listRevisions(doc: TReadable<{ id: string }>): Promise<TRevisionSummary[]> {
  const revs = await db.revision.findMany({
    where: { documentId: doc.id },
    orderBy: { version: 'desc' },
    take: 500,
    select: { version: true, title: true, message: true, createdAt: true, author: { select: { name: true, jobRole: true } } },
  });
  return revs.map((r) => ({
    version: r.version,
    title: r.title,
    message: r.message,
    author: r.author.name,
    authorJobRole: r.author.jobRole,
    createdAt: r.createdAt,
  }));
}
