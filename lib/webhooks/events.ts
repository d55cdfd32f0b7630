// The events a webhook endpoint may choose, named as Standard Webhooks suggests (`noun.verb`),
// with the words the settings page shows. Pure: the page and the server both read it.
import { z } from 'zod';

export const WEBHOOK_EVENTS = [
  'document.created',
  'document.updated',
  'document.deleted',
  'document.restored',
  'document.verified',
  'document.review_due',
  'model_card.monitoring_review_due',
  'model_card.published',
  'model_card.metric_below_threshold',
  'action_item.created',
  'action_item.done',
  'action_item.overdue',
] as const;

export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent only when someone asks for it ("Send a test event"); never chosen, never scheduled. */
export const PING_EVENT = 'webhook.ping';

export const EVENT_LABEL: Record<TWebhookEvent, string> = {
  'document.created': 'A page is created',
  'document.updated': 'A page is saved (a new version)',
  'document.deleted': 'A page is deleted',
  'document.restored': 'A page is restored from Deleted documents',
  'document.verified': 'A page is verified as still true',
  'document.review_due': 'A page’s review date has come',
  'model_card.monitoring_review_due': 'A model card’s monitoring review date has come',
  'model_card.published': 'A training run published a model version',
  'model_card.metric_below_threshold': 'A published metric misses its decision threshold',
  'action_item.created': 'An action item is added to a retrospective',
  'action_item.done': 'An action item is marked done',
  'action_item.overdue': 'An open action item is past its due date',
};

export const ZWebhookEvent = z.enum(WEBHOOK_EVENTS);
