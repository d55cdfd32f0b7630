import { guarded } from '@/lib/auth/guard';
import { authorize } from '@/lib/policies/authorize';
import { loadProjectForMembers, removeMember, setMember } from '@/lib/projects/manage-members';
import { ZRemoveMember, ZSetMember } from '@/lib/projects/schemas';

export const POST = guarded(ZSetMember, async ({ user, input }) => {
  const { project, scope } = await loadProjectForMembers(user, input.slug);
  authorize(user, 'manage-members', scope);
  return setMember(user, project, input.email, input.role);
});

export const DELETE = guarded(ZRemoveMember, async ({ user, input }) => {
  const { project, scope } = await loadProjectForMembers(user, input.slug);
  authorize(user, 'manage-members', scope);
  return removeMember(user, project, input.userId);
});
