// The events one save announces: the save itself, then each action item it added or marked done,
// then whatever the caller adds (a training run's publication). Pure.
import { actionItemData, type actionItemChanges } from './action-item-changes';
import type { TQueuedEvent } from './queue-events';

export function saveEvents(
  save: TQueuedEvent,
  actionItems: ReturnType<typeof actionItemChanges>,
  also: TQueuedEvent[] = [],
): TQueuedEvent[] {
  return [
    save,
    ...actionItems.created.map((a) => ({ type: 'action_item.created' as const, change: { actionItem: actionItemData(a) } })),
    ...actionItems.done.map((a) => ({ type: 'action_item.done' as const, change: { actionItem: actionItemData(a) } })),
    ...also,
  ];
}
