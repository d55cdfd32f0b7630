// Calls a route handler the way Next.js does: a real Request with the session cookie and a
// same-site Origin, and route params as a promise.
type THandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(handler: THandler, method: string, body: unknown, cookie: string, params: Record<string, string> = {}) {
  const res = await handler(
    new Request('http://localhost/api', {
      method,
      headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}
