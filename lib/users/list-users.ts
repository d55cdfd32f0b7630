import 'server-only';
import { db } from '@/lib/db/client';

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
    take: 1000,
    select: { id: true, name: true, email: true, role: true, jobRole: true, disabledAt: true, createdAt: true },
  });
}
