import { guarded } from '@/lib/auth/guard';
import { previewMarkdown } from '@/lib/documents/preview-markdown';
import { ZPreview } from '@/lib/documents/schemas';

export const POST = guarded(ZPreview, ({ input }) => previewMarkdown(input.body, input.projectSlug));
