import 'server-only';
// Pages whose review date (or, for model cards, monitoring review date) has come and that no
// reminder with this key prefix has told of yet: what the webhook and notice sweeps both look for.
// A reminder's key is `${prefix}${page id}:${the date}`. Drafts are not due for review: a date
// that passed while a page was a draft is told once it is published.
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export type TPageDue = {
  id: string;
  title: string;
  kind: string;
  slug: string;
  version: number;
  ownerId: string;
  projectId: string | null;
  projectSlug: string | null;
  due: Date;
};

export function pagesDue(column: 'reviewBy' | 'monitoringReviewBy', prefix: string, now: Date, limit: number) {
  const date = Prisma.raw(`d."${column}"`);
  // Review dates are instants; monitoring review dates are days.
  const cut = column === 'reviewBy' ? Prisma.sql`${now}` : Prisma.sql`${now}::date`;
  return db.$queryRaw<TPageDue[]>`
    SELECT d.id, d.title, d.kind::text AS kind, d.slug, d.version, d."ownerId", d."projectId", p.slug AS "projectSlug", ${date} AS due
    FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d."deletedAt" IS NULL AND d.status = 'published' AND ${date} <= ${cut}
      AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.key = ${prefix} || d.id || ':' || to_char(${date}, 'YYYY-MM-DD'))
    ORDER BY ${date} LIMIT ${limit}`;
}
