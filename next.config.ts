import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // node-postgres loads optional native bindings at run time: keep it external.
  serverExternalPackages: ['pg'],
  // proxy.ts sets the security headers on pages and APIs; it does not run for Next's own static
  // files, which still must never be sniffed into another type.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

export default config;
