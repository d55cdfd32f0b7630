import 'server-only';
import { db } from '@/lib/db/client';
import type { TParsedFields } from '@/lib/kinds/fields';
import { stampDone } from './stamp-done';

type TItems = { actionItems?: { action: string; status: string }[] };

/** Stamps the action items a retrospective's save marks done with the saver's name and today (in place). */
export async function stampSave(userId: string, before: unknown, parsed: TParsedFields) {
  const after = (parsed?.fields as TItems | undefined)?.actionItems;
  if (!parsed || !after?.length) return;
  const earlier = ((before ?? {}) as TItems).actionItems ?? [];
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  parsed.fields.actionItems = stampDone(earlier, after, user?.name ?? '', new Date(new Date().toISOString().slice(0, 10)));
}
