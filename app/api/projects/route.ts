import { guarded } from '@/lib/auth/guard';
import { authorize } from '@/lib/policies/authorize';
import { createProject, ZCreateProject } from '@/lib/projects/create-project';

export const POST = guarded(
  ZCreateProject,
  async ({ user, input }) => {
    authorize(user, 'create-project');
    return createProject(user, input);
  },
  { successStatus: 201 },
);
