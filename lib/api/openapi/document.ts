// The OpenAPI 3.1 document of /api/v1, generated from the endpoint list and its zod schemas
// (zod 4's JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses). Pure.
import { z } from 'zod';
import { EVENT_LABEL, PING_EVENT, type TWebhookEvent } from '@/lib/webhooks/events';
import { PAYLOADS } from '@/lib/webhooks/payloads';
import { ENDPOINTS } from './endpoints';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;

/** A schema to embed: the document says which draft once, not every schema. */
function strip(schema: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'));
}

export function openApiDocument(serverUrl = '/') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const query = e.query ? (strip(schemaOf(e.query, 'input')) as { properties?: Record<string, object>; required?: string[] }) : null;
    const parameters = [
      ...(e.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: query?.required?.includes(name) ?? false,
        schema,
      })),
      ...(e.method === 'put' && e.path.startsWith('/api/v1/documents/')
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description: 'The ETag of the version you read, e.g. "7"',
            },
          ]
        : []),
    ];
    paths[e.path] ??= {};
    paths[e.path]![e.method] = {
      summary: e.summary,
      operationId: `${e.method}${e.path
        .replace(/\/api\/v1/, '')
        .replace(/[{}]/g, '')
        .replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      security: [{ token: [e.scope] }],
      'x-scope': e.scope,
      ...(parameters.length ? { parameters } : {}),
      ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: strip(schemaOf(e.body, 'input')) } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(e.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            content: {
              [r.contentType ?? (Number(status) >= 400 ? 'application/problem+json' : 'application/json')]: {
                schema: strip(schemaOf(r.schema, 'output')),
              },
            },
          },
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hindsight API',
      version: '1',
      description: 'Pages, projects and model cards for programs. Authenticate with a personal access token: `Authorization: Bearer hs_…`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'A personal access token (hs_…), made under Your account → Access tokens' },
      },
    },
    paths,
    // What Hindsight sends to registered webhooks (Admin → Webhooks, or a project's Webhooks page).
    webhooks: Object.fromEntries(
      Object.entries(PAYLOADS).map(([type, schema]) => [
        type,
        {
          post: {
            summary: type === PING_EVENT ? 'A test event, sent from the webhook’s page' : EVENT_LABEL[type as TWebhookEvent],
            description:
              'Signed per Standard Webhooks: verify `webhook-signature` with the webhook’s secret; `webhook-id` is the same on every attempt.',
            requestBody: { required: true, content: { 'application/json': { schema: strip(schemaOf(schema, 'output')) } } },
            responses: { '200': { description: 'Any 2xx answer means received; anything else is retried' } },
          },
        },
      ]),
    ),
  };
}
