import 'server-only';
// What the webhook pages show: the endpoints of a place, one endpoint's delivery log, and the two
// things a person does from the log: resend a delivery, and send a test event.
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedWebhook } from '@/lib/policies/loaders';
import { PING_EVENT } from './events';
import { TURNED_OFF_BY_HAND } from './manage-webhooks';
import { newDeliveryId } from './queue-events';

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  createdAt: true,
  disabledAt: true,
  disabledReason: true,
  failuresInRow: true,
  owner: { select: { name: true } },
  project: { select: { slug: true, name: true } },
} as const;

/** Endpoints of one project, or with `projectId` undefined every endpoint (admins). */
export function listWebhooks(where: { projectId?: string }) {
  return db.webhookEndpoint.findMany({ where, select: endpointSelect, orderBy: { createdAt: 'asc' } });
}

/** Endpoints a person registered that were turned off for failing, for their home page. */
export function listTurnedOff(ownerId: string) {
  return db.webhookEndpoint.findMany({
    where: { ownerId, disabledAt: { not: null }, NOT: { disabledReason: TURNED_OFF_BY_HAND } },
    select: { id: true, url: true, disabledReason: true },
  });
}

export function getWebhook(endpoint: TLoadedWebhook) {
  return db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: endpointSelect });
}

const LOG = 50;

export function listDeliveries(endpoint: TLoadedWebhook) {
  return db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id },
    orderBy: { createdAt: 'desc' },
    take: LOG,
    select: {
      id: true,
      eventType: true,
      payload: true,
      createdAt: true,
      status: true,
      attempts: true,
      availableAt: true,
      claimedAt: true,
      lastAttemptAt: true,
      responseStatus: true,
      durationMs: true,
      lastError: true,
      deliveredAt: true,
    },
  });
}

/** Sends a delivery again, with its id, at once; one being sent right now is left to finish. */
export async function resendDelivery(endpoint: TLoadedWebhook, deliveryId: string) {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, endpointId: endpoint.id, OR: [{ status: { not: 'pending' } }, { claimedAt: null }] },
    data: { status: 'pending', attempts: 0, availableAt: new Date(), claimedAt: null, deliveredAt: null },
  });
  if (count === 0) throw new NotFound('This delivery is not in the log, or is being sent right now.');
  return { id: deliveryId };
}

/** Queues a `webhook.ping` for this endpoint, so its receiver can be tried before real events come. */
export async function sendTestEvent(endpoint: TLoadedWebhook) {
  const id = newDeliveryId();
  await db.webhookDelivery.create({
    data: {
      id,
      endpointId: endpoint.id,
      eventType: PING_EVENT,
      payload: {
        type: PING_EVENT,
        timestamp: new Date().toISOString(),
        data: { webhook: { id: endpoint.id }, message: 'A test event from Hindsight' },
      },
    },
    select: { id: true },
  });
  return { id };
}
