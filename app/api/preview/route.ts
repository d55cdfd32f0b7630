import { guarded } from '@/lib/auth/guard';
import { consumePreview } from '@/lib/auth/rate-limits';
import { previewMarkdown } from '@/lib/documents/preview-markdown';
import { ZPreview } from '@/lib/documents/schemas';

// Rendering is a read: any signed-in user may preview (so many times a minute); links resolve
// only to pages they can read.
export const POST = guarded(ZPreview, { action: 'read' }, async ({ user, input }) => {
  await consumePreview(user.id);
  return previewMarkdown(user, input.body, input.projectSlug);
});
