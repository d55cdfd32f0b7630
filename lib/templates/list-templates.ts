import 'server-only';
import { db } from '@/lib/db/client';
import { KINDS, type TKind } from '@/lib/kinds/kinds';

export type TTemplate = { kind: TKind; title: string; body: string; fields: unknown };

export const KICKOFF_TEMPLATE = 'kickoff';

/** The template of every kind that has one, for "New document". */
export async function listTemplates(): Promise<Partial<Record<TKind, TTemplate>>> {
  const rows = await db.template.findMany({
    where: { name: { in: [...KINDS] } },
    select: { kind: true, title: true, body: true, fields: true },
  });
  return Object.fromEntries(rows.map((t) => [t.kind, t]));
}

export async function kickoffTemplate(): Promise<TTemplate | null> {
  return db.template.findUnique({ where: { name: KICKOFF_TEMPLATE }, select: { kind: true, title: true, body: true, fields: true } });
}
