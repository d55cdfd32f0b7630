// ESLint: Next's rules for React, hooks, accessibility and imports (core web vitals) plus
// typescript-eslint's, for app code and tests alike. `npm test` runs it with zero warnings allowed.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
];

export default config;
