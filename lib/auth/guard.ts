import 'server-only';
import type { z } from 'zod';
import { env } from '@/lib/env';
import { DomainError, Forbidden, Invalid, TooManyRequests, Unauthenticated } from '@/lib/errors';
import type { TUser } from './current-user';
import { tokenFromCookieHeader, userFromSessionToken } from './session-token';

// Requests larger than this are refused before parsing (a 256 KiB body as JSON, escaped, with
// structured fields and headroom).
const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

type TContext<TInput> = { user: TUser; input: TInput };
type TPublicContext<TInput> = { user: TUser | null; input: TInput };
type TRouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The one wrapper for every route handler that changes data (and for the ones that read on a
 * user's behalf): authenticate → parse with zod → run the domain function (which loads,
 * authorizes and writes in a transaction) → return a small JSON object. Domain errors become
 * 404/403/409/422 with a message a person can act on; anything else is a 500 that leaks nothing.
 */
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  handler: (ctx: TContext<z.output<TSchema>>) => Promise<TResult>,
  options?: { successStatus?: number },
): (request: Request, route: TRouteContext) => Promise<Response>;
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  handler: (ctx: TPublicContext<z.output<TSchema>>) => Promise<TResult>,
  options: { successStatus?: number; public: true },
): (request: Request, route: TRouteContext) => Promise<Response>;
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  handler: (ctx: TContext<z.output<TSchema>>) => Promise<TResult>,
  options: { successStatus?: number; public?: true } = {},
) {
  return async (request: Request, route: TRouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const user = await userFromSessionToken(tokenFromCookieHeader(request.headers.get('cookie')));
      // Public handlers (accepting an invitation) are the one exception to signing in; they get
      // every other step of the guard.
      if (!user && !options.public) throw new Unauthenticated();
      const raw = await readJson(request);
      const params = route?.params ? await route.params : {};
      const parsed = schema.safeParse({ ...raw, ...params });
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join('.') || 'form';
          fields[key] ??= issue.message;
        }
        throw new Invalid('Some fields need attention.', fields);
      }
      const result = await handler({ user: user as TUser, input: parsed.data });
      return Response.json(result, { status: options.successStatus ?? 200 });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state change: browsers always send Origin on cross-site POST/PUT/
 * DELETE and Sec-Fetch-Site everywhere modern, so a request from another site is refused here
 * (the session cookie is also SameSite=Lax).
 */
export function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  const expected = new URL(env().NEXTAUTH_URL ?? request.url).origin;
  const origin = request.headers.get('origin');
  if (origin && origin !== expected && origin !== new URL(request.url).origin) {
    throw new Forbidden('This request came from another site and was refused.');
  }
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new Forbidden('This request came from another site and was refused.');
  }
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  if (request.method === 'GET' || request.method === 'HEAD') return {};
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_REQUEST_BYTES) throw new TooLarge();
  let text: string;
  try {
    text = await request.text();
  } catch {
    // The client went away mid-request (e.g. a superseded preview): nothing to do.
    throw new Invalid('The request was interrupted before it fully arrived.');
  }
  if (text.length > MAX_REQUEST_BYTES) throw new TooLarge();
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new Invalid('The request body must be a JSON object.');
}

class TooLarge extends DomainError {
  override readonly status = 413;
  constructor() {
    super('This request is too large (over 3 MiB); a document body may hold at most 256 KiB.');
  }
}

export function errorResponse(err: unknown): Response {
  if (err instanceof DomainError) {
    const body: Record<string, unknown> = { error: err.message };
    if ('fields' in err) body.fields = err.fields;
    if ('detail' in err) body.detail = err.detail;
    const headers = err instanceof TooManyRequests ? { 'retry-after': String(err.retryAfterSeconds) } : undefined;
    return Response.json(body, { status: err.status, headers });
  }
  console.error('Unhandled error in route handler', err);
  return Response.json({ error: 'Something went wrong on our side. Your input was not saved.' }, { status: 500 });
}
