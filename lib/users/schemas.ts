import { z } from 'zod';

export const SITE_ROLES = ['admin', 'editor', 'viewer'] as const;
export const JOB_ROLES = ['data_scientist', 'ml_engineer', 'lead', 'other'] as const;

export const ZUpdateUser = z.object({
  id: z.string().min(1).max(64),
  role: z.enum(SITE_ROLES).optional(),
  jobRole: z.enum(JOB_ROLES).optional(),
  disabled: z.boolean().optional(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;
