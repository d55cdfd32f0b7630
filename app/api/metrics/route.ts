import { timingSafeEqual } from 'node:crypto';
import { opsConfig } from '@/lib/env';
import { metrics, observeDatabase } from '@/lib/observability/metrics';

export const dynamic = 'force-dynamic';

// Prometheus metrics, for a scraper holding HINDSIGHT_METRICS_TOKEN (as a Bearer token). Without
// a configured token the endpoint does not exist: the client's address cannot be trusted here
// (X-Forwarded-For is whatever the client sends unless a proxy sets it), so loopback is no test.
export async function GET(request: Request) {
  const token = opsConfig().HINDSIGHT_METRICS_TOKEN;
  if (!token) return Response.json({ error: 'Not found.' }, { status: 404 });
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return Response.json({ error: 'A metrics token is required.' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  await observeDatabase();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } });
}
