// Next.js calls this for errors while rendering a page or running a route: they reach the JSON
// log with the request id the proxy gave the request, like every other line of it.
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logger } = await import('@/lib/observability/logger');
  logger.error(
    {
      err,
      requestId: request.headers['x-request-id'],
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    'request failed',
  );
}
