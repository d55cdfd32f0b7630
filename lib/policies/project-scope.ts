// The facts the policy needs about a project, read in the same query as the project itself:
// spread `projectFactsSelect(actorId)` into a Prisma select, then `projectScope(row)`.
import type { TScope } from './can';

type TRole = 'owner' | 'editor' | 'viewer';

export const projectFactsSelect = (actorId: string) =>
  ({ visibility: true, members: { where: { userId: actorId }, select: { role: true }, take: 1 } }) as const;

export function projectScope(project: { visibility: 'internal' | 'restricted'; members: { role: TRole }[] } | null): TScope['project'] {
  return project ? { visibility: project.visibility, membership: project.members[0]?.role ?? null } : null;
}
