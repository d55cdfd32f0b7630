import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/passwords';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import { SITE_ROLES } from './schemas';

const INVITE_DAYS = 7;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const ZInvite = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address').max(254),
  role: z.enum(SITE_ROLES),
});

export const ZAcceptInvitation = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().min(1, 'Your name is required').max(120),
  password: z.string().min(12, 'Use at least 12 characters').max(1024),
});

/** Creates a one-time invitation link (valid 7 days). Only a hash of the token is stored. */
export async function inviteUser(actor: { id: string }, input: z.infer<typeof ZInvite>) {
  const existing = await db.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
  if (existing?.passwordHash) throw new Invalid(`${input.email} already has an account.`, { email: 'Already has an account' });
  const token = randomBytes(32).toString('base64url');
  await db.$transaction(async (tx) => {
    await tx.invitation.create({
      data: {
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.id,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'user.invite',
      targetType: 'user',
      targetId: input.email,
      summary: `Invited ${input.email} as ${input.role}`,
    });
  });
  return { path: `/invite/${token}`, expiresInDays: INVITE_DAYS };
}

/** The invitation a link stands for, if it can still be used. */
export async function findInvitation(token: string) {
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true },
  });
}

export async function acceptInvitation(input: z.infer<typeof ZAcceptInvitation>) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Claiming the invitation and using it happen together: a link works exactly once.
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new Invalid('This invitation link has expired or was already used. Ask an admin for a new one.');
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash: hashToken(input.token) },
      select: { email: true, role: true, invitedBy: true },
    });
    const user = await tx.user.upsert({
      where: { email: invitation.email },
      update: { name: input.name, passwordHash, role: invitation.role, disabledAt: null },
      create: { email: invitation.email, name: input.name, passwordHash, role: invitation.role },
      select: { id: true, email: true },
    });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'user.invite',
      targetType: 'user',
      targetId: user.id,
      summary: `${user.email} accepted the invitation (${invitation.role})`,
    });
    return { email: user.email };
  });
}
