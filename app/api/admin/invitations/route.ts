import { guarded } from '@/lib/auth/guard';
import { inviteUser, ZInvite } from '@/lib/users/invitations';

export const POST = guarded(ZInvite, { action: 'administer' }, ({ user, input }) => inviteUser(user, input), { successStatus: 201 });
