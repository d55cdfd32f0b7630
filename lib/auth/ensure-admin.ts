import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { hashPassword } from './passwords';

const FIRST_ADMIN_EMAIL = 'admin@hindsight.local';

/**
 * On the very first start there is nobody who can sign in. This creates an admin with a random
 * password and returns it, to be printed once; on every later start it does nothing. There is
 * no default password, in any mode.
 */
export async function ensureFirstAdmin(): Promise<{ email: string; password: string } | null> {
  const admins = await db.user.count({ where: { role: 'admin', disabledAt: null } });
  if (admins > 0) return null;
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { email: FIRST_ADMIN_EMAIL },
    update: { role: 'admin', passwordHash, disabledAt: null },
    create: { email: FIRST_ADMIN_EMAIL, name: 'Admin', role: 'admin', jobRole: 'lead', passwordHash },
  });
  return { email: FIRST_ADMIN_EMAIL, password };
}
