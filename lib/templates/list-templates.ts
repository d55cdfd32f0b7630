import 'server-only';
import { db } from '@/lib/db/client';
import type { TKind } from '@/lib/kinds/kinds';

export type TTemplate = { body: string; fields: unknown };

/** The template of every kind that has one, for "New document". */
export async function listTemplates(): Promise<Partial<Record<TKind, TTemplate>>> {
  const rows = await db.template.findMany({ select: { kind: true, body: true, fields: true } });
  return Object.fromEntries(rows.map((t) => [t.kind, { body: t.body, fields: t.fields }]));
}
