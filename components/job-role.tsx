import type { JobRole } from '@/lib/generated/prisma/enums';

export const JOB_ROLE_LABEL: Record<JobRole, string> = {
  data_scientist: 'Data scientist',
  ml_engineer: 'ML engineer',
  lead: 'Lead',
  other: 'Team member',
};
