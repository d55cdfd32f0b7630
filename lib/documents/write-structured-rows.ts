import 'server-only';
import type { TTransaction } from '@/lib/db/client';
import type { TParsedFields } from '@/lib/kinds/fields';
import type { TRetrospectiveFields } from '@/lib/kinds/retrospective';
import { actionItemChanges } from '@/lib/webhooks/action-item-changes';

/** Structured fields as stored in JSONB (dates become ISO strings). */
export function toJson(parsed: TParsedFields) {
  return parsed ? (JSON.parse(JSON.stringify(parsed.fields)) as object) : undefined;
}

/**
 * Replaces the rows that make a document's decisions, lessons and action items listable across
 * projects. Runs in the caller's transaction, from the fields of the version being saved.
 * Returns the action items this version added and those it marked done (for webhooks).
 */
export async function writeStructuredRows(tx: TTransaction, documentId: string, parsed: TParsedFields) {
  const before = await tx.actionItem.findMany({ where: { documentId }, select: { action: true, owner: true, due: true, status: true } });
  await Promise.all([
    tx.decision.deleteMany({ where: { documentId } }),
    tx.lesson.deleteMany({ where: { documentId } }),
    tx.actionItem.deleteMany({ where: { documentId } }),
  ]);
  if (!parsed) return actionItemChanges(before, []);
  const f = parsed.fields as Partial<TRetrospectiveFields>;
  const learnedOn = f.period?.to ?? new Date();
  if (f.decisions?.length) {
    await tx.decision.createMany({
      data: f.decisions.map(({ date, ...d }, position) => ({ documentId, position, ...d, decidedOn: date })),
    });
  }
  if (f.lessons?.length) {
    await tx.lesson.createMany({ data: f.lessons.map((l, position) => ({ documentId, position, text: l.text, tags: l.tags, learnedOn })) });
  }
  if (f.actionItems?.length) {
    await tx.actionItem.createMany({ data: f.actionItems.map((a, position) => ({ documentId, position, ...a, due: a.due ?? null })) });
  }
  return actionItemChanges(
    before,
    (f.actionItems ?? []).map((a) => ({ ...a, due: a.due ?? null })),
  );
}
