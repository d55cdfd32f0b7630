// What each webhook event's body holds, as zod schemas: the OpenAPI document's `webhooks` section
// is generated from them, and the webhook tests check every real delivery against them (strictly,
// so a field added to a payload and not here fails). Pure.
import { z } from 'zod';
import { PING_EVENT, WEBHOOK_EVENTS, type TWebhookEvent } from './events';

const ZDocumentRef = z.strictObject({
  id: z.string(),
  kind: z.enum(['retrospective', 'runbook', 'model_card', 'practice']),
  title: z.string(),
  version: z.number().int().describe('The page’s version after the change'),
  url: z.string().describe('The page in the wiki'),
  project: z.strictObject({ slug: z.string(), name: z.string() }).nullable().describe('null for team-wide pages'),
});

const ZActionItem = z.strictObject({
  actionItem: z.strictObject({
    action: z.string(),
    owner: z.string(),
    due: z.string().nullable().describe('A day, YYYY-MM-DD'),
    status: z.enum(['open', 'done', 'dropped']),
  }),
});

const run = {
  modelVersion: z.string(),
  pipeline: z.string(),
  run: z.strictObject({ id: z.string(), url: z.string() }),
};
const day = z.string().describe('A day, YYYY-MM-DD');

const CHANGES: Record<TWebhookEvent, z.ZodRawShape> = {
  'document.created': {},
  'document.updated': {
    previousVersion: z.number().int(),
    message: z.string().describe('The saver’s message; may be empty'),
    compareUrl: z.string().describe('What changed, in the wiki’s compare view'),
  },
  'document.deleted': {},
  'document.restored': {},
  'document.verified': { verifiedVersion: z.number().int(), note: z.string(), nextReview: day },
  'document.review_due': { reviewBy: day },
  'model_card.monitoring_review_due': { monitoringReviewBy: day },
  'model_card.published': { ...run, created: z.boolean().describe('true when this run created the card') },
  'model_card.metric_below_threshold': {
    ...run,
    metric: z.strictObject({ name: z.string(), value: z.number().nullable(), threshold: z.string() }),
  },
  'action_item.created': ZActionItem.shape,
  'action_item.done': ZActionItem.shape,
  'action_item.overdue': ZActionItem.shape,
};

const envelope = <T extends z.ZodTypeAny>(type: string, data: T) =>
  z.strictObject({ type: z.literal(type), timestamp: z.string().describe('When it happened (ISO 8601)'), data });

export const PAYLOADS: Record<TWebhookEvent | typeof PING_EVENT, z.ZodType> = {
  ...(Object.fromEntries(
    WEBHOOK_EVENTS.map((type) => [type, envelope(type, z.strictObject({ document: ZDocumentRef, ...CHANGES[type] }))]),
  ) as unknown as Record<TWebhookEvent, z.ZodType>),
  [PING_EVENT]: envelope(PING_EVENT, z.strictObject({ webhook: z.strictObject({ id: z.string() }), message: z.string() })),
};
