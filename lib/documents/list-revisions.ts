import 'server-only';
import { db } from '@/lib/db/client';

export type TRevisionSummary = {
  version: number;
  title: string;
  message: string;
  author: string;
  createdAt: Date;
};

export async function listRevisions(documentId: string): Promise<TRevisionSummary[]> {
  const revs = await db.revision.findMany({
    where: { documentId },
    orderBy: { version: 'desc' },
    take: 500,
    select: { version: true, title: true, message: true, createdAt: true, author: { select: { name: true } } },
  });
  return revs.map((r) => ({
    version: r.version,
    title: r.title,
    message: r.message,
    author: r.author.name,
    createdAt: r.createdAt,
  }));
}
