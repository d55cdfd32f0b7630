// Which action items a save added and which it marked done, comparing the rows before the save
// with the items of the new version. Items are matched by their text (trimmed, any case): the
// editor keeps no ids, and reordering the list is not a change. Pure.

export type TActionItemRow = { action: string; owner: string; due: Date | null; status: 'open' | 'done' | 'dropped' };

const key = (a: { action: string }) => a.action.trim().toLowerCase();

export function actionItemChanges(before: TActionItemRow[], after: TActionItemRow[]) {
  const earlier = new Map(before.map((a) => [key(a), a]));
  return {
    created: after.filter((a) => !earlier.has(key(a))),
    done: after.filter((a) => a.status === 'done' && earlier.has(key(a)) && earlier.get(key(a))!.status !== 'done'),
  };
}

/** An action item as a payload carries it. */
export const actionItemData = (a: TActionItemRow) => ({
  action: a.action,
  owner: a.owner,
  due: a.due ? a.due.toISOString().slice(0, 10) : null,
  status: a.status,
});
