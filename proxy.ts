import { NextResponse, type NextRequest } from 'next/server';

// Runs before every request. It sets security headers, a fresh CSP nonce, and sends visitors
// without a session cookie to the sign-in page. It never decides access: every page and handler
// checks the session and the policy on the server itself.

const PUBLIC = [/^\/signin$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/invite\//, /^\/icon\.svg$/];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // Scripts only with this response's nonce (Next adds it to its own tags); no inline scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // The editor (CodeMirror) injects style elements; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce);

  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith('next-auth.session-token'));
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  if (!hasSession && !isPublic && !pathname.startsWith('/api/')) {
    const signin = new URL('/signin', request.url);
    signin.searchParams.set('callbackUrl', pathname + search);
    return withSecurityHeaders(NextResponse.redirect(signin), csp);
  }

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('x-pathname', pathname + search);
  headers.set('content-security-policy', csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}

function withSecurityHeaders(response: NextResponse, csp: string) {
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  return response;
}

export const config = {
  // Everything except Next's static files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
