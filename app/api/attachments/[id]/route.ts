import { z } from 'zod';
import { deleteAttachment } from '@/lib/attachments/delete-attachment';
import { serveAttachment } from '@/lib/attachments/serve-attachment';
import { guarded } from '@/lib/auth/guard';
import { loadAttachment } from '@/lib/policies/loaders';

// An attachment, for whoever may read its page (404 for everyone else, as for the page).
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'read', load: (user, input) => loadAttachment(user, input.id) },
  ({ resource, request }) => serveAttachment(resource, request.headers.get('if-none-match')),
);

// Removing it: whoever may edit its page (the same right as attaching).
export const DELETE = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'attach', load: (user, input) => loadAttachment(user, input.id) },
  ({ user, resource }) => deleteAttachment(user, resource),
);
