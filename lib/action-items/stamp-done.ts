// Who marked an action item done, and when: a save that turns an item done fills in its "done
// by" and "done on" (unless the writer filled them in), and reopening one clears them. Items are
// matched across versions by their text, as the webhooks match them. Pure.
import { actionKey } from './action-key';

type TItem = { action: string; status: string; doneBy?: string; doneOn?: string | Date };

export function stampDone<T extends TItem>(before: readonly TItem[], after: readonly T[], who: string, today: string | Date): T[] {
  const wasDone = new Set(before.filter((a) => a.status === 'done').map(actionKey));
  return after.map((a) => {
    if (a.status !== 'done') {
      const open = { ...a, doneBy: '' };
      delete open.doneOn;
      return open;
    }
    if (wasDone.has(actionKey(a)) || a.doneBy) return a;
    return { ...a, doneBy: who, doneOn: today };
  });
}
