import { guarded } from '@/lib/auth/guard';
import { acceptInvitation, ZAcceptInvitation } from '@/lib/users/invitations';

// The one public mutation: the invitation token is the credential.
export const POST = guarded(ZAcceptInvitation, { public: true }, ({ input }) => acceptInvitation(input));
