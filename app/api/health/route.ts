import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

// Liveness and database reachability, for load balancers and the start script. Says nothing else.
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: 'database unreachable' }, { status: 503 });
  }
}
