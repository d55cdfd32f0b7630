import { guarded } from '@/lib/auth/guard';
import { loadProject } from '@/lib/policies/loaders';
import { setVisibility } from '@/lib/projects/manage-members';
import { ZProjectSettings } from '@/lib/projects/schemas';

export const PATCH = guarded(
  ZProjectSettings,
  { action: 'manage-members', load: (user, input) => loadProject(user, input.slug) },
  ({ user, input, resource }) => setVisibility(user, resource, input.visibility),
);
