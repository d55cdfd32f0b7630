import { guarded } from '@/lib/auth/guard';
import { markRead, ZMarkRead } from '@/lib/notifications/inbox';

// Mark some of your notifications read, or all of them.
export const POST = guarded(ZMarkRead, { action: 'manage-own-account' }, ({ user, input }) => markRead(user, input));
