import { guarded } from '@/lib/auth/guard';
import { createProject, ZCreateProject } from '@/lib/projects/create-project';

export const POST = guarded(ZCreateProject, { action: 'create-project' }, ({ user, input }) => createProject(user, input), {
  successStatus: 201,
});
