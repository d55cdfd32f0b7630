// The open action items a save gives to someone who did not have them before (a new item, or an
// item whose owner changed to them): each assignee hears of it once. Matched by text. Pure.
import { actionKey } from './action-key';

type TRow = { action: string; status: string; assigneeId: string | null };

export function newlyAssigned<T extends TRow>(before: readonly TRow[], after: readonly T[]): (T & { assigneeId: string })[] {
  const had = new Set(before.filter((a) => a.assigneeId).map((a) => `${a.assigneeId}\u0000${actionKey(a)}`));
  return after.filter(
    (a): a is T & { assigneeId: string } => a.status === 'open' && !!a.assigneeId && !had.has(`${a.assigneeId}\u0000${actionKey(a)}`),
  );
}
