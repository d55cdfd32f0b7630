import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import { enqueueOwnerIndexing } from '@/lib/search/outbox';
import type { TUpdateUser } from './schemas';

/**
 * Changes a user's roles or disables them. Disabling also bumps sessionVersion, so every session
 * they hold ends on its next request. Refuses to leave the site without an active admin.
 */
export async function updateUser(actor: { id: string }, input: TUpdateUser) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.id },
      select: { id: true, email: true, role: true, jobRole: true, disabledAt: true },
    });
    if (!user) throw new NotFound('There is no such user.');
    const losesAdmin = user.role === 'admin' && ((input.role && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin) {
      const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: user.id } } });
      if (admins === 0) throw new Invalid('Hindsight needs at least one active admin: promote someone else first.');
    }
    const disable = input.disabled === true && !user.disabledAt;
    const enable = input.disabled === false && user.disabledAt;
    await tx.user.update({
      where: { id: user.id },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.jobRole ? { jobRole: input.jobRole } : {}),
        ...(disable ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : {}),
        ...(enable ? { disabledAt: null } : {}),
      },
      select: { id: true },
    });
    const base = { actorId: actor.id, targetType: 'user', targetId: user.id };
    if (input.role && input.role !== user.role) {
      await recordEvent(tx, {
        ...base,
        action: 'user.role',
        summary: `${user.email}: site role ${user.role} → ${input.role}`,
        data: { from: user.role, to: input.role },
      });
    }
    if (input.jobRole && input.jobRole !== user.jobRole) {
      await recordEvent(tx, {
        ...base,
        action: 'user.role',
        summary: `${user.email}: job role ${user.jobRole} → ${input.jobRole}`,
        data: { from: user.jobRole, to: input.jobRole },
      });
      // Their pages are found under their job role: the index must follow.
      await enqueueOwnerIndexing(tx, user.id);
    }
    if (disable) await recordEvent(tx, { ...base, action: 'user.disable', summary: `Disabled ${user.email} and ended their sessions` });
    if (enable) await recordEvent(tx, { ...base, action: 'user.enable', summary: `Enabled ${user.email}` });
    return { id: user.id };
  });
}
