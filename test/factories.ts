// Small helpers for integration tests: unique names and rows made through Prisma directly.
import { randomBytes } from 'node:crypto';
import type { TUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/client';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export async function makeUser(name = 'Test Writer'): Promise<TUser> {
  return db.user.create({
    data: { email: `${unique('user')}@test.local`, name },
    select: { id: true, email: true, name: true },
  });
}

export async function makeProject(slug = unique('proj')) {
  return db.project.create({ data: { slug, name: `Project ${slug}` }, select: { id: true, slug: true } });
}
