import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time, not bundled: node-postgres (optional native bindings), pino and
  // prom-client (they keep process-wide state and read Node internals).
  serverExternalPackages: ['pg', 'pino', 'prom-client'],
  // proxy.ts sets the security headers on pages and APIs; it does not run for Next's own static
  // files, which still must never be sniffed into another type.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

export default config;
