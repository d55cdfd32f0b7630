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

/** Posts an upload (multipart form data) to a route handler, as a browser's form would. */
export async function upload(
  handler: THandler,
  fields: Record<string, string | string[] | File>,
  cookie: string,
  params: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const res = await handler(
    new Request('http://localhost/api', {
      method: 'POST',
      headers: {
        'content-type': encoded.headers.get('content-type')!,
        'content-length': String(body.length),
        origin: 'http://localhost',
        cookie,
      },
      body,
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

/** Calls an /api/v1 route handler as a program does: a Bearer token (or none), no cookie. */
export async function callApi(
  handler: THandler,
  method: string,
  token: string | null,
  params: Record<string, string> = {},
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await handler(
    new Request('http://localhost/api/v1/test', {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}
