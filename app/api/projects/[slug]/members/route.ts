import type { TUser } from '@/lib/auth/current-user';
import { guarded } from '@/lib/auth/guard';
import { loadProject } from '@/lib/policies/loaders';
import { removeMember, setMember } from '@/lib/projects/manage-members';
import { ZRemoveMember, ZSetMember } from '@/lib/projects/schemas';

const rule = { action: 'manage-members', load: (user: TUser, input: { slug: string }) => loadProject(user, input.slug) } as const;

export const POST = guarded(ZSetMember, rule, ({ user, input, resource }) => setMember(user, resource, input.email, input.role));

export const DELETE = guarded(ZRemoveMember, rule, ({ user, input, resource }) => removeMember(user, resource, input.userId));
