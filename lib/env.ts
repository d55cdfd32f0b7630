import 'server-only';
import { z } from 'zod';

// The only reader of process.env: everything configurable is named and checked here.
const ZEnv = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Until sign-in exists, every change is attributed to this local user (created on import).
  HINDSIGHT_LOCAL_USER_EMAIL: z.string().email().default('local@hindsight.local'),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
    }
    cached = parsed.data;
  }
  return cached;
}
