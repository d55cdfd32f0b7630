import { NextResponse, type NextRequest } from 'next/server';
import { requestIdFrom } from '@/lib/observability/request-id';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

// Runs before every request. It sets security headers, a fresh CSP nonce, and sends visitors
// without a session cookie to the sign-in page. It never decides access: every page and handler
// checks the session and the policy on the server itself.

const PUBLIC = [
  /^\/signin$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/api\/docs$/,
  /^\/api\/v1\/openapi\.json$/,
  /^\/invite\//,
  /^\/unsubscribe\//,
  /^\/icon\.svg$/,
];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  // One id per request, on the request (for the handler's log lines) and on the response.
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');

  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith('next-auth.session-token'));
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  if (!hasSession && !isPublic && !pathname.startsWith('/api/')) {
    const signin = new URL('/signin', request.url);
    signin.searchParams.set('callbackUrl', pathname + search);
    return withSecurityHeaders(NextResponse.redirect(signin), csp, requestId);
  }

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('x-pathname', pathname + search);
  headers.set('x-request-id', requestId);
  headers.set('content-security-policy', csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, requestId);
}

function withSecurityHeaders(response: NextResponse, csp: string, requestId: string) {
  response.headers.set('x-request-id', requestId);
  const https = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  for (const [name, value] of Object.entries(securityHeaders({ csp, https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything except Next's static files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
