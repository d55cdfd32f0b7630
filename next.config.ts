import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // node-postgres loads optional native bindings at run time: keep it external.
  serverExternalPackages: ['pg'],
};

export default config;
