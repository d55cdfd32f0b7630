import 'server-only';
// A project's service tokens (admins): for pipelines that must not depend on a person. Each acts
// through a stand-in user of its own: a site viewer, an editor member of that one project,
// confined to it by the read rule (it reads nothing else, not even team-wide pages), without a
// password, so it never signs in. Revoking the token leaves the stand-in in the history.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedProject } from '@/lib/policies/loaders';
import type { ZCreateToken } from './manage-tokens';
import { newToken } from './token-format';

const DAY = 24 * 3600 * 1000;
const MAX_SERVICE_TOKENS = 20;

export async function createServiceToken(admin: TActor, project: TLoadedProject, input: z.output<typeof ZCreateToken>) {
  if (input.scopes.includes('admin'))
    throw new Invalid('Service tokens act in one project; they cannot have the admin scope.', { scopes: 'No admin scope' });
  const { token, prefix, hash } = newToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY);
  return db.$transaction(async (tx) => {
    const live = await tx.apiToken.count({
      where: { user: { serviceProjectId: project.id }, revokedAt: null, expiresAt: { gt: new Date() } },
    });
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
    const row = await tx.apiToken.create({
      data: { userId: standIn.id, name: input.name, prefix, hash, scopes: input.scopes, expiresAt },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: admin.id,
      action: 'token.create',
      targetType: 'token',
      targetId: row.id,
      summary: `Made the service token “${input.name}” for project ${project.slug} (${prefix}…, ${input.scopes.join(', ')}, expires ${expiresAt.toISOString().slice(0, 10)})`,
    });
    return { id: row.id, token, prefix, scopes: input.scopes, expiresAt };
  });
}

export async function listServiceTokens(project: { id: string }) {
  const now = Date.now();
  const rows = await db.apiToken.findMany({
    where: { user: { serviceProjectId: project.id } },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: 200,
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      revokedAt: true,
    },
  });
  return rows.map((t) => ({ ...t, expired: t.expiresAt.getTime() <= now }));
}
