// Every route handler goes through guarded() — found by walking app/, not by a list kept by
// hand, so a new route cannot be missed — and nothing outside the policies marks values as
// readable without the access rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDED } from '@/lib/auth/guard';

const root = path.resolve(__dirname, '..', '..');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

// Routes that are not ours to wrap, each with the reason.
const UNGUARDED: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own endpoints (sign-in, callbacks, CSRF token, sign-out)",
  'app/api/health/route.ts': 'for load balancers: no session, no data',
  'app/api/health/live/route.ts': 'liveness for orchestrators: no session, no data',
  'app/api/metrics/route.ts': 'for a Prometheus scraper: its own bearer token from the environment, no user data',
  'app/api/v1/openapi.json/route.ts': 'the API description: public like any API’s, no input, no data',
  'app/go/route.ts': 'a navigation like a page: signs in as pages do, and resolves only links the reader may read',
};

function files(dir: string, match: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...files(rel, match));
    else if (match(rel)) out.push(rel);
  }
  return out;
}

const routes = files('app', (f) => path.basename(f) === 'route.ts');

describe('route handlers', () => {
  it('are found by walking app/', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const file of Object.keys(UNGUARDED)) expect(routes).toContain(file);
  });

  it.each(routes.filter((f) => !(f in UNGUARDED)))('%s: every exported method is guarded', async (file) => {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    const methods = METHODS.filter((m) => m in mod);
    expect(methods.length).toBeGreaterThan(0);
    for (const m of methods) expect([m, GUARDED in (mod[m] as object)]).toEqual([m, true]);
  });
});

describe('server actions', () => {
  it('none exist outside the guard (every mutation is a guarded route handler)', () => {
    const sources = [
      ...files('app', (f) => /\.tsx?$/.test(f)),
      ...files('components', (f) => /\.tsx?$/.test(f)),
      ...files('lib', (f) => /\.tsx?$/.test(f) && !f.includes('generated')),
    ];
    const actions = sources.filter((f) => /^\s*['"]use server['"]/m.test(readFileSync(path.join(root, f), 'utf8')));
    expect(actions).toEqual([]);
  });
});

describe('readable values', () => {
  it('are made only by the scoped loaders and queries scoped by the access rule', () => {
    const callers = files('lib', (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('generated')).filter((f) =>
      readFileSync(path.join(root, f), 'utf8').includes('asReadable('),
    );
    expect(callers.sort()).toEqual(['lib/documents/get-document.ts', 'lib/policies/loaders.ts']);
  });
});
