// Which action items a save added and which it marked done, comparing the rows before the save
// with the items of the new version (matched by their text, lib/action-items/action-key.ts). Pure.
import { actionKey } from '@/lib/action-items/action-key';

export type TActionItemRow = { action: string; owner: string; due: Date | null; status: 'open' | 'done' | 'dropped' };

export function actionItemChanges(before: TActionItemRow[], after: TActionItemRow[]) {
  const earlier = new Map(before.map((a) => [actionKey(a), a]));
  return {
    created: after.filter((a) => !earlier.has(actionKey(a))),
    done: after.filter((a) => a.status === 'done' && earlier.has(actionKey(a)) && earlier.get(actionKey(a))!.status !== 'done'),
  };
}

/** An action item as a payload carries it. */
export const actionItemData = (a: TActionItemRow) => ({
  action: a.action,
  owner: a.owner,
  due: a.due ? a.due.toISOString().slice(0, 10) : null,
  status: a.status,
});
