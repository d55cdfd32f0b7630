import { guarded } from '@/lib/auth/guard';
import { ZUpdateUser } from '@/lib/users/schemas';
import { updateUser } from '@/lib/users/update-user';

export const PATCH = guarded(ZUpdateUser, { action: 'administer' }, ({ user, input }) => updateUser(user, input));
