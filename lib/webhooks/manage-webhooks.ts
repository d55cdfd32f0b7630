import 'server-only';
// Registering webhook endpoints (admins for the whole wiki, owners for their project), changing,
// turning them off and on, and deleting them. The secret is made here, returned once, and never
// again (the database client omits it everywhere else). Every change is audited.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedTarget, TLoadedWebhook } from '@/lib/policies/loaders';
import { WEBHOOK_EVENTS, ZWebhookEvent } from './events';
import { checkTarget } from './target-check';

const MAX_PER_PLACE = 20;
/** The reason kept when a person turns a webhook off (not a failure to tell its owner about). */
export const TURNED_OFF_BY_HAND = 'Turned off by hand.';

const ZEvents = z
  .array(ZWebhookEvent, { message: 'Choose the events to send' })
  .min(1, 'Choose at least one event')
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

export const ZCreateWebhook = z.object({
  projectSlug: z.string().max(100).nullable().default(null),
  url: z.string().trim().min(1, 'Enter the address to send to').max(2000, 'At most 2,000 characters'),
  description: z.string().trim().max(500, 'At most 500 characters').default(''),
  events: ZEvents,
});

export const ZUpdateWebhook = z.object({
  id: z.string().min(1).max(64),
  url: z.string().trim().min(1, 'Enter the address to send to').max(2000, 'At most 2,000 characters').optional(),
  description: z.string().trim().max(500, 'At most 500 characters').optional(),
  events: ZEvents.optional(),
  enabled: z.boolean().optional(),
});

const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;
/** How long a rolled secret keeps signing beside the new one. */
export const ROLL_OVERLAP_H = 24;

async function checked(url: string) {
  const check = await checkTarget(url);
  if (!check.ok) throw new Invalid(check.reason, { url: check.reason });
  return check.url.toString();
}

const place = (project: { slug: string } | null) => (project ? `project ${project.slug}` : 'the whole wiki');

export async function createWebhook(actor: TActor, target: TLoadedTarget, input: z.output<typeof ZCreateWebhook>) {
  const url = await checked(input.url);
  const secret = newSecret();
  const projectId = target.project?.id ?? null;
  return db.$transaction(async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: { projectId } });
    if (count >= MAX_PER_PLACE)
      throw new Invalid(`${place(target.project)} already has ${count} webhooks; delete one first.`, { url: 'Too many webhooks' });
    const made = await tx.webhookEndpoint.create({
      data: { projectId, url, description: input.description, events: input.events, secret, ownerId: actor.id },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'webhook.create',
      targetType: 'webhook',
      targetId: made.id,
      summary: `Webhook to ${url} for ${place(target.project)}: ${input.events.join(', ')}`,
    });
    return { id: made.id, secret };
  });
}

export async function updateWebhook(actor: TActor, endpoint: TLoadedWebhook, input: z.output<typeof ZUpdateWebhook>) {
  const url = input.url === undefined ? undefined : await checked(input.url);
  const switched =
    input.enabled === undefined
      ? {}
      : input.enabled
        ? { disabledAt: null, disabledReason: null, failuresInRow: 0, failingSince: null }
        : { disabledAt: new Date(), disabledReason: TURNED_OFF_BY_HAND };
  return db.$transaction(async (tx) => {
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { url, description: input.description, events: input.events, ...switched },
      select: { id: true },
    });
    const said = [
      url && `address ${url}`,
      input.events && `events ${input.events.join(', ')}`,
      input.description !== undefined && 'description',
      input.enabled !== undefined && (input.enabled ? 'turned on' : 'turned off'),
    ].filter(Boolean);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'webhook.update',
      targetType: 'webhook',
      targetId: endpoint.id,
      summary: `Webhook to ${endpoint.url}: ${said.join('; ') || 'no change'}`,
    });
    return { id: endpoint.id };
  });
}

export async function deleteWebhook(actor: TActor, endpoint: TLoadedWebhook) {
  return db.$transaction(async (tx) => {
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id }, select: { id: true } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'webhook.delete',
      targetType: 'webhook',
      targetId: endpoint.id,
      summary: `Deleted the webhook to ${endpoint.url} (${place(endpoint.project)}) and its delivery log`,
    });
    return { id: endpoint.id };
  });
}

/**
 * A new signing secret, returned once. The old one keeps signing beside it (two signatures in
 * webhook-signature) for ROLL_OVERLAP_H hours, so the receiver can switch without a gap.
 */
export async function rollWebhookSecret(actor: TActor, endpoint: TLoadedWebhook) {
  const secret = newSecret();
  return db.$transaction(async (tx) => {
    const { secret: old } = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { secret: true } });
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { secret, previousSecret: old, previousSecretUntil: new Date(Date.now() + ROLL_OVERLAP_H * 3_600_000) },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'webhook.update',
      targetType: 'webhook',
      targetId: endpoint.id,
      summary: `Webhook to ${endpoint.url}: rolled its signing secret (the old one also signs for ${ROLL_OVERLAP_H} hours)`,
    });
    return { id: endpoint.id, secret };
  });
}
