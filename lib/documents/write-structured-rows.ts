import 'server-only';
import type { TTransaction } from '@/lib/db/client';
import type { TParsedFields } from '@/lib/kinds/fields';
import type { TRetrospectiveFields } from '@/lib/kinds/retrospective';
import { actionItemChanges } from '@/lib/webhooks/action-item-changes';
import { assigneeOf, matchAssignees } from '@/lib/action-items/match-assignees';
import { newlyAssigned } from '@/lib/action-items/newly-assigned';

/** Structured fields as stored in JSONB (dates become ISO strings). */
export function toJson(parsed: TParsedFields) {
  return parsed ? (JSON.parse(JSON.stringify(parsed.fields)) as object) : undefined;
}

/**
 * Replaces the rows that make a document's decisions, lessons and action items listable across
 * projects. Runs in the caller's transaction, from the fields of the version being saved.
 * Returns the action items this version added and those it marked done (for webhooks), and the
 * open ones it gave to someone (for their notice).
 */
export async function writeStructuredRows(tx: TTransaction, documentId: string, parsed: TParsedFields) {
  const before = await tx.actionItem.findMany({
    where: { documentId },
    select: { action: true, owner: true, due: true, status: true, assigneeId: true },
  });
  await Promise.all([
    tx.decision.deleteMany({ where: { documentId } }),
    tx.lesson.deleteMany({ where: { documentId } }),
    tx.actionItem.deleteMany({ where: { documentId } }),
  ]);
  if (!parsed) return { ...actionItemChanges(before, []), assigned: [] };
  const f = parsed.fields as Partial<TRetrospectiveFields>;
  const learnedOn = f.period?.to ?? new Date();
  if (f.decisions?.length) {
    await tx.decision.createMany({
      data: f.decisions.map((d, position) => ({
        documentId,
        position,
        decision: d.decision,
        alternatives: d.alternatives,
        rationale: d.rationale,
        evidence: d.evidence,
        decidedBy: d.decidedBy,
        decidedOn: d.date,
        modelVersion: d.modelVersion,
      })),
    });
  }
  if (f.lessons?.length) {
    await tx.lesson.createMany({ data: f.lessons.map((l, position) => ({ documentId, position, text: l.text, tags: l.tags, learnedOn })) });
  }
  const matched = await matchAssignees(
    tx,
    documentId,
    (f.actionItems ?? []).map((a) => a.owner),
  );
  const items = (f.actionItems ?? []).map((a, position) => ({
    documentId,
    position,
    ...a,
    due: a.due ?? null,
    doneOn: a.doneOn ?? null,
    assigneeId: assigneeOf(matched, a.owner),
  }));
  if (items.length) await tx.actionItem.createMany({ data: items });
  return { ...actionItemChanges(before, items), assigned: newlyAssigned(before, items) };
}
