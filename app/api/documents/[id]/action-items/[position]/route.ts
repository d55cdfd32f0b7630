import { guarded } from '@/lib/auth/guard';
import { markActionItem, ZMarkActionItem } from '@/lib/action-items/mark-action-item';
import { loadActionItem } from '@/lib/policies/loaders';

// Mark a retrospective's action item done, or open again: its assignee or an editor of the page.
export const POST = guarded(
  ZMarkActionItem,
  { action: 'complete-action-item', load: (user, input) => loadActionItem(user, input.id, input.position) },
  ({ user, input, resource }) => markActionItem(user, resource, input),
);
