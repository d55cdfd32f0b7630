import 'server-only';
import type { TTransaction } from '@/lib/db/client';

export const AUDIT_ACTIONS = [
  'document.create',
  'document.update',
  'document.delete',
  'document.restore',
  'document.verify',
  'user.invite',
  'user.role',
  'user.disable',
  'user.enable',
  'user.signout',
  'user.password',
  'project.member.add',
  'project.member.role',
  'project.member.remove',
  'project.visibility',
  'project.create',
  'content.export',
  'content.import',
  'token.create',
  'token.revoke',
  'webhook.create',
  'webhook.update',
  'webhook.delete',
  'webhook.disable',
  'comment.delete',
  'attachment.add',
  'attachment.delete',
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

/** Appends to the audit log inside the caller's transaction, so a change and its record agree. */
export async function recordEvent(
  tx: TTransaction,
  event: { actorId: string | null; action: TAuditAction; targetType: string; targetId: string; summary: string; data?: object },
) {
  await tx.auditEvent.create({ data: { ...event, data: event.data ?? {} }, select: { id: true } });
}
