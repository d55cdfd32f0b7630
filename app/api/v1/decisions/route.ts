import { guarded } from '@/lib/auth/guard';
import { ZApiDecisions } from '@/lib/api/records-api';
import { listDecisions } from '@/lib/structured/list-structured';

// GET /api/v1/decisions: decisions recorded across the projects the reader may read.
export const GET = guarded(ZApiDecisions, { action: 'read' }, async ({ user, input }) => ({
  items: (await listDecisions(user, input)).map(({ supersededBy, ...d }) => ({
    ...d,
    supersededBy: supersededBy && {
      decision: supersededBy.decision,
      page: { title: supersededBy.page.title, path: supersededBy.page.path },
    },
  })),
}));
