import { guarded } from '@/lib/auth/guard';
import { authorize } from '@/lib/policies/authorize';
import { loadProjectForMembers, setVisibility } from '@/lib/projects/manage-members';
import { ZProjectSettings } from '@/lib/projects/schemas';

export const PATCH = guarded(ZProjectSettings, async ({ user, input }) => {
  const { project, scope } = await loadProjectForMembers(user, input.slug);
  authorize(user, 'manage-members', scope);
  return setVisibility(user, project, input.visibility);
});
