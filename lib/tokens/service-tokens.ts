import 'server-only';
// A project's service tokens (admins): for pipelines that must not depend on a person. Each acts
// through a stand-in user of its own: a site viewer, an editor member of that one project,
// confined to it by the read rule (it reads nothing else, not even team-wide pages), without a
// password, so it never signs in. Revoking the token leaves the stand-in in the history.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedProject } from '@/lib/policies/loaders';
import { countLiveTokens, listTokens, storeToken, type ZCreateToken } from './manage-tokens';

const MAX_SERVICE_TOKENS = 20;

export async function createServiceToken(admin: TActor, project: TLoadedProject, input: z.output<typeof ZCreateToken>) {
  if (input.scopes.includes('admin'))
    throw new Invalid('Service tokens act in one project; they cannot have the admin scope.', { scopes: 'No admin scope' });
  return db.$transaction(async (tx) => {
    const live = await countLiveTokens(tx, { user: { serviceProjectId: project.id } });
    if (live >= MAX_SERVICE_TOKENS)
      throw new Invalid(`This project has ${live} live service tokens; revoke one first.`, { name: 'Too many tokens' });
    const standIn = await tx.user.create({
      data: {
        email: `service-${randomBytes(8).toString('hex')}@tokens.hindsight.invalid`,
        name: `Service: ${input.name}`,
        role: 'viewer',
        jobRole: 'other',
        serviceProjectId: project.id,
        memberships: { create: { projectId: project.id, role: 'editor' } },
      },
      select: { id: true },
    });
    return storeToken(tx, {
      actorId: admin.id,
      userId: standIn.id,
      input,
      what: `the service token “${input.name}” for project ${project.slug}`,
    });
  });
}

export function listServiceTokens(project: { id: string }) {
  return listTokens({ user: { serviceProjectId: project.id } });
}
