import { z } from 'zod';
import { serveAttachment } from '@/lib/attachments/serve-attachment';
import { guarded } from '@/lib/auth/guard';
import { loadAttachment } from '@/lib/policies/loaders';

// An attachment, for whoever may read its page (404 for everyone else, as for the page).
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'read', load: (user, input) => loadAttachment(user, input.id) },
  ({ resource, request }) => serveAttachment(resource, request.headers.get('if-none-match')),
);
