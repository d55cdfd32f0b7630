// Small helpers for integration tests: unique names and rows made through Prisma directly.
import { randomBytes } from 'node:crypto';
import type { TUser } from '@/lib/auth/current-user';
import { mintSessionToken, sessionCookieName } from '@/lib/auth/session-token';
import { db } from '@/lib/db/client';
import { loadDocument, SYSTEM_ACTOR } from '@/lib/policies/loaders';
import { asReadable } from '@/lib/policies/readable';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export async function makeUser(name = 'Test Writer', role: TUser['role'] = 'editor'): Promise<TUser> {
  return db.user.create({
    data: { email: `${unique('user')}@test.local`, name, role },
    select: { id: true, email: true, name: true, role: true, jobRole: true },
  });
}

export async function makeProject(slug = unique('proj'), visibility: 'internal' | 'restricted' = 'internal') {
  return db.project.create({ data: { slug, name: `Project ${slug}`, visibility }, select: { id: true, slug: true } });
}

export async function addMember(projectId: string, userId: string, role: 'owner' | 'editor' | 'viewer') {
  await db.projectMember.create({ data: { projectId, userId, role } });
}

/** A Cookie header carrying a real session token for the user, as after signing in. */
export async function sessionCookie(user: { id: string }): Promise<string> {
  const { sessionVersion: sv } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  return `${sessionCookieName()}=${await mintSessionToken({ uid: user.id, sv })}`;
}

/** A document loaded as the system would (tests call domain functions that take a loaded one). */
export function loaded(id: string, options: { deleted?: boolean } = {}) {
  return loadDocument(SYSTEM_ACTOR, id, options);
}

/** For tests of reads that take a readable value: the test itself stands for the access check. */
export function asReadableForTest<T extends object>(value: T) {
  return asReadable(value);
}

/** Gives a page `count` small text attachments (kept in PostgreSQL), to bring it to its cap. */
export function fillAttachments(documentId: string, count: number) {
  return db.attachment.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      documentId,
      name: `f${i}.txt`,
      mime: 'text/plain',
      size: 1,
      sha256: 'x',
      data: Buffer.from('x'),
    })),
  });
}
