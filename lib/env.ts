import 'server-only';
import { z } from 'zod';

// The only reader of process.env: everything configurable is named and checked here.
const ZEnv = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Signs session tokens. The start command keeps one in .data/auth-secret when it is unset.
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
  NEXTAUTH_URL: z.string().url().optional(),
  // Company SSO (generic OpenID Connect): all three or none.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default('Company SSO'),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  // Sign-in rate limits: failures allowed per account and per address within the window.
  HINDSIGHT_SIGNIN_ACCOUNT_LIMIT: z.coerce.number().int().min(1).default(5),
  HINDSIGHT_SIGNIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(50),
  HINDSIGHT_SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Behind a reverse proxy that sets X-Forwarded-For, set to 1 so limits apply per client address.
  HINDSIGHT_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  // Live previews a person may ask for per minute (the editor asks after each pause in typing).
  HINDSIGHT_PREVIEW_LIMIT: z.coerce.number().int().min(1).default(120),
  // Requests per minute one access token may make on /api/v1.
  HINDSIGHT_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
});

export type TEnv = z.infer<typeof ZEnv>;

/** process.env read through `schema`; a bad value stops with every problem named. */
function parseEnv<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

let cached: TEnv | undefined;

export function env(): TEnv {
  return (cached ??= parseEnv(ZEnv));
}

/** Just the database URL, for scripts (import, reindex, benchmarks) that never sign anyone in. */
export function databaseUrl(): string {
  const parsed = ZEnv.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) throw new Error(`Invalid environment:\n  DATABASE_URL: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const ZSearchEnv = z.object({
  // Set MEILI_HOST (and usually MEILI_API_KEY) to search with Meilisearch instead of the
  // built-in PostgreSQL engine. MEILI_INDEX names the index (default "hindsight").
  MEILI_HOST: z.string().url('MEILI_HOST must be a URL such as http://127.0.0.1:7700').optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'MEILI_INDEX may hold letters, digits, - and _')
    .default('hindsight'),
});

/** Which search engine to use; scripts need this without the sign-in settings. */
export function searchConfig(): z.infer<typeof ZSearchEnv> {
  return parseEnv(ZSearchEnv);
}

const ZRenderEnv = z.object({
  // Worker threads that render Markdown (default: one per core, at most two) and the time one
  // render may take before it is stopped and refused.
  HINDSIGHT_RENDER_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  HINDSIGHT_RENDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

/** How Markdown is rendered; scripts need this without the sign-in settings. */
export function renderConfig(): z.infer<typeof ZRenderEnv> {
  return parseEnv(ZRenderEnv);
}

const ZOpsEnv = z.object({
  // pino's level for the JSON logs on stdout.
  HINDSIGHT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Bearer token for GET /api/metrics (Prometheus). Unset: the endpoint answers 404.
  HINDSIGHT_METRICS_TOKEN: z.string().min(16, 'HINDSIGHT_METRICS_TOKEN must be at least 16 characters').optional(),
});

/** Logging and metrics settings; read without the sign-in settings. */
export function opsConfig(): z.infer<typeof ZOpsEnv> {
  return parseEnv(ZOpsEnv);
}

const ZWebhookEnv = z.object({
  // The wiki's public address, for the links in webhook payloads.
  NEXTAUTH_URL: z.string().url().default('http://localhost:3000'),
  // Addresses or ranges webhooks may reach although they are not public ("127.0.0.1,10.1.0.0/16").
  HINDSIGHT_WEBHOOK_ALLOW: z.string().max(2000).optional(),
  // How long one delivery attempt may take, redirects included.
  HINDSIGHT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  // An endpoint is turned off when this many attempts in a row failed over at least this many hours.
  HINDSIGHT_WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(15),
  HINDSIGHT_WEBHOOK_DISABLE_AFTER_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
});

/** How webhooks are sent; the worker needs this without the sign-in settings. */
export function webhookConfig(): z.infer<typeof ZWebhookEnv> {
  return parseEnv(ZWebhookEnv);
}

const ZMailEnv = z.object({
  // Email for notifications: smtp://user:password@host:587 (or smtps://… for TLS from the start).
  // Unset: notices stay in the app, and the account page says email is not set up.
  SMTP_URL: z.string().url('SMTP_URL must look like smtp://user:password@host:587').optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Hindsight <hindsight@localhost>'),
  NEXTAUTH_URL: z.string().url().default('http://localhost:3000'),
});

/** How notification email is sent; the worker needs this without the sign-in settings. */
export function mailConfig(): z.infer<typeof ZMailEnv> {
  return parseEnv(ZMailEnv);
}
