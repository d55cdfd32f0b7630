import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TLoadedProject } from '@/lib/policies/loaders';
import { enqueueProjectIndexing } from '@/lib/search/outbox';

/** Who belongs to a project the reader may read (loaded through lib/policies/loaders). */
export async function listMembers(project: TLoadedProject) {
  return db.projectMember.findMany({
    where: { projectId: project.id },
    orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
    select: { role: true, user: { select: { id: true, name: true, email: true, jobRole: true } } },
  });
}

/** Adds someone to a project, or changes their role there. Takes effect on their next request. */
export async function setMember(actor: { id: string }, project: TLoadedProject, email: string, role: 'owner' | 'editor' | 'viewer') {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true } });
    if (!user || user.disabledAt)
      throw new Invalid(`No active account uses ${email}. Invite them first.`, { email: 'No active account with this email' });
    const before = await tx.projectMember.findUnique({
      where: { projectId_userId: { projectId: project.id, userId: user.id } },
      select: { role: true },
    });
    await tx.projectMember.upsert({
      where: { projectId_userId: { projectId: project.id, userId: user.id } },
      update: { role },
      create: { projectId: project.id, userId: user.id, role },
    });
    if (before?.role !== role) {
      await recordEvent(tx, {
        actorId: actor.id,
        action: before ? 'project.member.role' : 'project.member.add',
        targetType: 'project',
        targetId: project.id,
        summary: before
          ? `${user.email} in ${project.slug}: ${before.role} → ${role}`
          : `Added ${user.email} to ${project.slug} as ${role}`,
        data: { userId: user.id, from: before?.role ?? null, to: role },
      });
    }
    // Search engines that store who may read a document need the new member.
    if (!before) await enqueueProjectIndexing(tx, project.id);
    return { userId: user.id, role };
  });
}

/** Removes someone from a project; a restricted project disappears for them on their next request. */
export async function removeMember(actor: { id: string }, project: TLoadedProject, userId: string) {
  return db.$transaction(async (tx) => {
    const member = await tx.projectMember.findUnique({
      where: { projectId_userId: { projectId: project.id, userId } },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!member) throw new NotFound('That person is not a member of this project.');
    await tx.projectMember.delete({ where: { projectId_userId: { projectId: project.id, userId } } });
    await enqueueProjectIndexing(tx, project.id);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'project.member.remove',
      targetType: 'project',
      targetId: project.id,
      summary: `Removed ${member.user.email} (${member.role}) from ${project.slug}`,
      data: { userId },
    });
    return { userId };
  });
}

export async function setVisibility(actor: { id: string }, project: TLoadedProject, visibility: 'internal' | 'restricted') {
  return db.$transaction(async (tx) => {
    await tx.project.update({ where: { id: project.id }, data: { visibility }, select: { id: true } });
    if (project.visibility !== visibility) {
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'project.visibility',
        targetType: 'project',
        targetId: project.id,
        summary: `${project.slug} is now ${visibility}`,
        data: { from: project.visibility, to: visibility },
      });
      await enqueueProjectIndexing(tx, project.id);
    }
    return { slug: project.slug, visibility };
  });
}
