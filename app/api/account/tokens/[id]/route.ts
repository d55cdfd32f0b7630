import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { revokeToken } from '@/lib/tokens/manage-tokens';

// Revoke one of one's own tokens; the next request with it is refused.
export const DELETE = guarded(z.object({ id: z.string().min(1).max(64) }), { action: 'manage-own-account' }, ({ user, input }) =>
  revokeToken(user, input.id),
);
