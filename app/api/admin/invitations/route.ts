import { guarded } from '@/lib/auth/guard';
import { authorize } from '@/lib/policies/authorize';
import { inviteUser, ZInvite } from '@/lib/users/invitations';

export const POST = guarded(
  ZInvite,
  async ({ user, input }) => {
    authorize(user, 'administer');
    return inviteUser(user, input);
  },
  { successStatus: 201 },
);
