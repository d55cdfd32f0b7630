import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React's server build; tests are server code.
      'server-only': path.join(root, 'test', 'server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['test/database-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Integration tests share one database per run; files run one after another so no test can
    // change global state (the set of admins, the imported corpus) under another.
    fileParallelism: false,
  },
});
