import { guarded } from '@/lib/auth/guard';
import { previewMarkdown } from '@/lib/documents/preview-markdown';
import { ZPreview } from '@/lib/documents/schemas';

// Rendering is a read: any signed-in user may preview; links resolve only to pages they can read.
export const POST = guarded(ZPreview, ({ user, input }) => previewMarkdown(user, input.body, input.projectSlug));
