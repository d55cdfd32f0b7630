import { z } from 'zod';

const ZSlug = z.string().trim().min(1).max(100);
const ZProjectRole = z.enum(['owner', 'editor', 'viewer'], { message: 'Choose owner, editor or viewer' });

export const ZSetMember = z.object({
  slug: ZSlug,
  email: z.string().trim().toLowerCase().email('Enter the email of someone with an account').max(254),
  role: ZProjectRole,
});
export const ZRemoveMember = z.object({ slug: ZSlug, userId: z.string().min(1).max(64) });
export const ZProjectSettings = z.object({ slug: ZSlug, visibility: z.enum(['internal', 'restricted']) });
