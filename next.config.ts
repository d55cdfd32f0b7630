import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite and the Prisma runtime load Wasm and native files at run time: keep them external.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
};

export default config;
