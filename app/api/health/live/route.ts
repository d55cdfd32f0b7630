export const dynamic = 'force-dynamic';

// Liveness: the process answers. Touches nothing else, so a database outage does not make an
// orchestrator restart healthy app servers.
export function GET() {
  return Response.json({ status: 'alive' }, { headers: { 'cache-control': 'no-store' } });
}
