import { guarded } from '@/lib/auth/guard';
import { ZApiLessons } from '@/lib/api/records-api';
import { listLessons } from '@/lib/structured/list-structured';

// GET /api/v1/lessons: lessons from retrospectives the reader may read.
export const GET = guarded(ZApiLessons, { action: 'read' }, async ({ user, input }) => ({ items: await listLessons(user, input) }));
