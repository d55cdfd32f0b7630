import { z } from 'zod';

export const SITE_ROLES = ['admin', 'editor', 'viewer'] as const;
export const JOB_ROLES = ['data_scientist', 'ml_engineer', 'lead', 'other'] as const;
export type TJobRole = (typeof JOB_ROLES)[number];

export const JOB_ROLE_LABEL: Record<TJobRole, string> = {
  data_scientist: 'Data scientist',
  ml_engineer: 'ML engineer',
  lead: 'Lead',
  other: 'Team member',
};

export const ZUpdateUser = z.object({
  id: z.string().min(1).max(64),
  role: z.enum(SITE_ROLES).optional(),
  jobRole: z.enum(JOB_ROLES).optional(),
  disabled: z.boolean().optional(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;
