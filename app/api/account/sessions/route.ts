import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { endAllSessions } from '@/lib/auth/sessions';

// "Sign out everywhere": a person ends their own sessions, every one of them.
export const DELETE = guarded(z.object({}), { action: 'manage-own-account' }, ({ user }) => endAllSessions(user));
