import 'server-only';
import type { z } from 'zod';
import { env } from '@/lib/env';
import { DomainError, Forbidden, Invalid, TooManyRequests, Unauthenticated } from '@/lib/errors';
import { authorize } from '@/lib/policies/authorize';
import type { TAction } from '@/lib/policies/can';
import type { TLoaded } from '@/lib/policies/loaders';
import { logger } from '@/lib/observability/logger';
import { metrics, routeLabel } from '@/lib/observability/metrics';
import { withRequestContext, type TRequestContext } from '@/lib/observability/request-context';
import { requestIdFrom } from '@/lib/observability/request-id';
import type { TUser } from './current-user';
import { scopesAllow } from '@/lib/tokens/scopes';
import { clientAddress } from './rate-limits';
import { nestsDeeperThan } from '@/lib/validation/json-depth';
import { tokenFromCookieHeader, userFromSessionToken } from './session-token';
import { userFromBearer } from './token-auth';

// Requests larger than this are refused before parsing (a 256 KiB body as JSON, escaped, with
// structured fields and headroom).
const MAX_REQUEST_BYTES = 3 * 1024 * 1024;
// Our deepest form (a model card's fields) nests about six levels; anything far deeper is refused
// before parsing, so nothing recursive downstream can run out of stack on it.
const MAX_JSON_DEPTH = 32;

type TRouteContext = { params: Promise<Record<string, string | string[]>> };
type THandlerFn = (request: Request, route: TRouteContext) => Promise<Response>;

/** What a route does, for the policy: the action, and how to load the resource it acts on. */
type TRule<TInput, TResource> = {
  action: TAction;
  /** A scoped loader (lib/policies/loaders.ts): 404s what the reader may not read. */
  load?: (user: TUser, input: TInput) => Promise<TLoaded<TResource>>;
};
type TOptions = {
  successStatus?: number;
  /** An upload route: the body is multipart form data (files and fields) of at most maxBytes. */
  form?: { maxBytes: number };
};

/** Marks a guarded handler (see the route test in lib/policies/routes-guarded.test.ts). */
export const GUARDED = Symbol.for('hindsight.guarded');

/**
 * The one wrapper for every route handler: same-origin check → authenticate → parse with zod →
 * load the resource through a scoped loader → `can(user, action, scope)` → the handler, which
 * gets the loaded resource and runs the domain function (its write, revision, outbox row and
 * audit event in one transaction) → a small JSON object (or a download the handler built). Domain errors become 404/403/409/422/429
 * with a message a person can act on; anything else is a 500 that leaks nothing.
 */
export function guarded<TSchema extends z.ZodType, TResult, TResource>(
  schema: TSchema,
  rule: TRule<z.output<TSchema>, TResource> & { load: NonNullable<TRule<z.output<TSchema>, TResource>['load']> },
  handler: (ctx: { user: TUser; input: z.output<TSchema>; resource: TLoaded<TResource>; request: Request }) => Promise<TResult>,
  options?: TOptions,
): THandlerFn;
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  rule: { action: TAction },
  handler: (ctx: { user: TUser; input: z.output<TSchema>; request: Request }) => Promise<TResult>,
  options?: TOptions,
): THandlerFn;
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  rule: { public: true },
  handler: (ctx: { user: TUser | null; input: z.output<TSchema> }) => Promise<TResult>,
  options?: TOptions,
): THandlerFn;
export function guarded<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  rule: (TRule<z.output<TSchema>, unknown> & { public?: undefined }) | { public: true; action?: undefined; load?: undefined },
  // Each overload above types the context; this signature only has to accept all three.
  handler: (ctx: never) => Promise<TResult>,
  options: TOptions = {},
): THandlerFn {
  const run = handler as (ctx: { user: TUser | null; input: z.output<TSchema>; resource?: unknown; request: Request }) => Promise<TResult>;
  const fn: THandlerFn = async (request, route) => {
    const started = performance.now();
    const context: TRequestContext = { requestId: requestIdFrom(request.headers.get('x-request-id')) };
    const api = new URL(request.url).pathname.startsWith('/api/v1/');
    const response = await withRequestContext(context, async () => {
      try {
        assertSameOrigin(request);
        // /api/v1 takes access tokens and nothing else (no cookies, so no CSRF step and no
        // replaying a browser session at the API); every other route takes the session cookie only.
        const viaToken = api
          ? await userFromBearer(request.headers.get('authorization'), clientAddress(request.headers.get('x-forwarded-for')))
          : null;
        const user = api ? (viaToken?.user ?? null) : await userFromSessionToken(tokenFromCookieHeader(request.headers.get('cookie')));
        if (user) context.userId = user.id;
        if (api && !user) throw new Unauthenticated(TOKEN_NEEDED);
        // Public handlers (accepting an invitation) are the one exception to signing in; they get
        // every other step of the guard.
        if (!user && !rule.public) throw new Unauthenticated();
        const raw = options.form ? await readForm(request, options.form.maxBytes) : await readJson(request);
        const params = route?.params ? await route.params : {};
        // A GET's input is its query string (filters, a cursor); a repeated key becomes a list.
        const query = request.method === 'GET' ? queryOf(new URL(request.url)) : {};
        const parsed = schema.safeParse({ ...query, ...raw, ...params });
        if (!parsed.success) {
          const fields: Record<string, string> = {};
          for (const issue of parsed.error.issues) {
            const key = issue.path.join('.') || 'form';
            fields[key] ??= issue.message;
          }
          throw new Invalid('Some fields need attention.', fields);
        }
        let resource: TLoaded<unknown> | undefined;
        if (!rule.public) {
          resource = rule.load ? await rule.load(user!, parsed.data) : undefined;
          authorize(user!, rule.action, resource?.scope);
          if (viaToken && !scopesAllow(viaToken.token.scopes, rule.action)) {
            throw new Forbidden(
              `This token's scopes (${viaToken.token.scopes.join(', ')}) do not allow this; make a token with the scope it needs.`,
            );
          }
        }
        const result = await run({ user, input: parsed.data, resource, request });
        // Downloads (exports) answer with their own response; everything else is JSON.
        if (result instanceof Response) return result;
        return Response.json(result, { status: options.successStatus ?? 200 });
      } catch (err) {
        return api ? problemResponse(err, context.requestId) : errorResponse(err, context.requestId);
      }
    });
    response.headers.set('x-request-id', context.requestId);
    const route_ = routeLabel(new URL(request.url).pathname);
    const seconds = (performance.now() - started) / 1000;
    metrics().http.observe({ method: request.method, route: route_, status: String(response.status) }, seconds);
    logger.info(
      {
        requestId: context.requestId,
        userId: context.userId,
        method: request.method,
        route: route_,
        status: response.status,
        ms: Math.round(seconds * 1000),
      },
      'request',
    );
    return response;
  };
  return Object.assign(fn, { [GUARDED]: rule.public ? 'public' : rule.action });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state change: browsers always send Origin on cross-site POST/PUT/
 * DELETE and Sec-Fetch-Site everywhere modern, so a request from another site is refused here
 * (the session cookie is also SameSite=Lax).
 */
function assertSameOrigin(request: Request) {
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
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new Invalid(`The request nests more than ${MAX_JSON_DEPTH} levels deep.`);
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new Invalid('The request body must be a JSON object.');
}

function queryOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * An upload's fields and files, after its declared size is checked against the route's limit (so
 * an oversized upload is refused before it is read). A field sent twice becomes a list.
 */
async function readForm(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const declared = request.headers.get('content-length');
  if (declared === null) throw new Invalid('Send the upload with its size (Content-Length).');
  if (Number(declared) > maxBytes) throw new TooLarge(`This upload is too large (over ${Math.round(maxBytes / 1024 / 1024)} MiB).`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new Invalid('The upload could not be read as a form with a file.');
  }
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

class TooLarge extends DomainError {
  override readonly status = 413;
  constructor(message = 'This request is too large (over 3 MiB); a document body may hold at most 256 KiB.') {
    super(message);
  }
}

const TOKEN_NEEDED = 'Send an access token as `Authorization: Bearer hs_…` (make one under Your account → Access tokens).';

/** Errors on /api/v1 as RFC 9457 problem details, with zod's field messages under `errors`. */
function problemResponse(err: unknown, requestId: string): Response {
  const plain = errorResponse(err, requestId);
  const status = plain.status;
  const known = err instanceof DomainError;
  const body = {
    type: 'about:blank',
    title: PROBLEM_TITLES[status] ?? 'Error',
    status,
    detail: known ? err.message : 'Something went wrong on our side. Nothing was changed.',
    ...(known && 'fields' in err ? { errors: err.fields } : {}),
    // A conflict's draft and current version ({ yours, current }), as the app's 409 carries them.
    ...(known && 'detail' in err && err.detail && typeof err.detail === 'object' ? (err.detail as object) : {}),
    requestId,
  };
  const headers = new Headers(plain.headers);
  headers.set('content-type', 'application/problem+json');
  if (status === 401) headers.set('www-authenticate', 'Bearer realm="hindsight"');
  return new Response(JSON.stringify(body), { status, headers });
}

const PROBLEM_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Too large',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

function errorResponse(err: unknown, requestId?: string): Response {
  if (err instanceof DomainError) {
    const body: Record<string, unknown> = { error: err.message, ...(requestId ? { requestId } : {}) };
    if ('fields' in err) body.fields = err.fields;
    if ('detail' in err) body.detail = err.detail;
    const headers = err instanceof TooManyRequests ? { 'retry-after': String(err.retryAfterSeconds) } : undefined;
    return Response.json(body, { status: err.status, headers });
  }
  logger.error({ err }, 'unhandled error in route handler');
  // The request id lets whoever reports the problem point at this request's log lines.
  return Response.json(
    { error: 'Something went wrong on our side. Your input was not saved.', ...(requestId ? { requestId } : {}) },
    { status: 500 },
  );
}
