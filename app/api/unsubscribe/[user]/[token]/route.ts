import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { NotFound } from '@/lib/errors';
import { stopAllEmail } from '@/lib/notifications/set-preferences';
import { validUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';

// An email's unsubscribe link (one-click, RFC 8058: mail programs POST "List-Unsubscribe=One-Click"
// here without a session). The token is the proof; a wrong one changes nothing.
export const POST = guarded(
  z.object({ user: z.string().min(1).max(64), token: z.string().min(1).max(64), 'List-Unsubscribe': z.string().max(40).optional() }),
  { public: true },
  async ({ input }) => {
    if (!validUnsubscribeToken(input.user, input.token)) throw new NotFound('This unsubscribe link is not valid.');
    return stopAllEmail(input.user);
  },
  { form: { maxBytes: 1024 } },
);
