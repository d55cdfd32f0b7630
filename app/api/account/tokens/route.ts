import { guarded } from '@/lib/auth/guard';
import { createToken, ZCreateToken } from '@/lib/tokens/manage-tokens';

// Make a personal access token: the answer holds the token itself, once.
export const POST = guarded(ZCreateToken, { action: 'manage-own-account' }, ({ user, input }) => createToken(user, input), {
  successStatus: 201,
});
