import { guarded } from '@/lib/auth/guard';
import { authorize } from '@/lib/policies/authorize';
import { ZUpdateUser } from '@/lib/users/schemas';
import { updateUser } from '@/lib/users/update-user';

export const PATCH = guarded(ZUpdateUser, async ({ user, input }) => {
  authorize(user, 'administer');
  return updateUser(user, input);
});
