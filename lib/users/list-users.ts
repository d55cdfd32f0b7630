import 'server-only';
import { db } from '@/lib/db/client';

export async function listUsers() {
  return db.user.findMany({
    // Service tokens' stand-ins are not people: they are listed with their project's tokens.
    where: { serviceProjectId: null },
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
    take: 1000,
    select: { id: true, name: true, email: true, role: true, jobRole: true, disabledAt: true, createdAt: true },
  });
}

/** Whether the person signs in with a password here (not only through single sign-on). */
export async function hasPassword(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
  return Boolean(row?.passwordHash);
}
