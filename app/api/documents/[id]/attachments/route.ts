import { z } from 'zod';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/limits';
import { saveAttachment } from '@/lib/attachments/save-attachment';
import { guarded } from '@/lib/auth/guard';
import { loadDocument } from '@/lib/policies/loaders';

// A file or image pasted, dropped or picked in the editor: whoever may edit the page attaches.
export const POST = guarded(
  z.object({
    id: z.string().min(1).max(64),
    file: z
      .file({ message: 'Choose a file to attach' })
      .max(ATTACHMENT_LIMITS.bytes, `Files can be at most ${ATTACHMENT_LIMITS.bytes / 1024 / 1024} MB`),
  }),
  { action: 'attach', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => saveAttachment(user, resource, input.file),
  { form: { maxBytes: ATTACHMENT_LIMITS.bytes + 64 * 1024 }, successStatus: 201 },
);
