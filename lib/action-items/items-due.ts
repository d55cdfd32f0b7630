import 'server-only';
// Open action items with an assignee whose due date is near (within DUE_SOON_DAYS) or past, that
// no reminder with this key prefix has told of yet. A reminder's key is
// `${prefix}${page id}:${md5 of the item's text}:${due date}`: action items get new row ids with
// every version, their page and text do not.
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

const DUE_SOON_DAYS = 3;

export type TItemDue = {
  key: string;
  documentId: string;
  slug: string;
  projectId: string | null;
  projectSlug: string | null;
  action: string;
  due: Date;
  assigneeId: string;
};

export function itemsDue(when: 'soon' | 'overdue', prefix: string, now: Date, limit: number) {
  const today = Prisma.sql`${now.toISOString().slice(0, 10)}::date`;
  const window =
    when === 'soon' ? Prisma.sql`a.due >= ${today} AND a.due <= ${today} + ${DUE_SOON_DAYS}::int` : Prisma.sql`a.due < ${today}`;
  return db.$queryRaw<TItemDue[]>`
    SELECT k.key, a."documentId", d.slug, d."projectId", p.slug AS "projectSlug", a.action, a.due, a."assigneeId"
    FROM "ActionItem" a
    JOIN "Document" d ON d.id = a."documentId"
    LEFT JOIN "Project" p ON p.id = d."projectId"
    CROSS JOIN LATERAL (
      SELECT ${prefix} || a."documentId" || ':' || md5(lower(btrim(a.action))) || ':' || to_char(a.due, 'YYYY-MM-DD') AS key
    ) k
    WHERE d."deletedAt" IS NULL AND a.status = 'open' AND a."assigneeId" IS NOT NULL AND a.due IS NOT NULL AND ${window}
      AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.key = k.key)
    ORDER BY a.due LIMIT ${limit}`;
}
