import { checkHealth } from '@/lib/observability/health';

export const dynamic = 'force-dynamic';

// Readiness, for load balancers and the start script: 200 while the database answers ("ok", or
// "degraded" when search is down or the indexer lags more than five minutes), 503 when it does
// not. Says nothing a visitor could use. Liveness, without the database: /api/health/live.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'down' ? 503 : 200, headers: { 'cache-control': 'no-store' } });
}
