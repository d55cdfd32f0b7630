import { guarded } from '@/lib/auth/guard';
import { ZApiActionItems } from '@/lib/api/records-api';
import { listActionItems } from '@/lib/structured/list-structured';

// GET /api/v1/action-items: action items (open by default) across the projects the reader may read.
export const GET = guarded(ZApiActionItems, { action: 'read' }, async ({ user, input }) => ({
  items: (await listActionItems(user, input)).map((a) => ({
    id: a.id,
    action: a.action,
    owner: a.owner,
    due: a.due,
    status: a.status,
    link: a.link,
    overdue: a.overdue,
    assignee: a.assignee,
    doneBy: a.doneBy,
    doneOn: a.doneOn,
    source: a.source,
  })),
}));
