import 'server-only';
// The worker's half of webhooks: claim the deliveries that are due, sign and send each, and keep
// the outcome. A claim is a lease (availableAt moves past it), so a worker that dies mid-delivery
// leaves the row to be sent again when the lease ends, with the same webhook-id: at least once.
// Failures wait longer each time (about 10 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, then the
// delivery is marked failed); an endpoint that kept failing for long enough is turned off, its
// owner told on their home page and in the audit log, and its deliveries wait for it.
import { Webhook } from 'standardwebhooks';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { webhookConfig } from '@/lib/env';
import { postPinned, type TAttempt } from './post-pinned';

const LEASE_S = 90;
const DELAYS_S = [10, 60, 300, 1800, 7200, 18_000, 36_000];
export const MAX_ATTEMPTS = DELAYS_S.length + 1;

/** Seconds to wait after the `attempts`-th failed attempt, give or take a tenth. */
export function retryDelayS(attempts: number, random: () => number = Math.random): number {
  const base = DELAYS_S[Math.min(Math.max(attempts, 1), DELAYS_S.length) - 1]!;
  return Math.round(base * (0.9 + 0.2 * random()));
}

type TClaimed = {
  id: string;
  endpointId: string;
  eventType: string;
  payload: { type: string; timestamp: string; data: unknown };
  attempts: number;
};
export type TDeliverOptions = { batch?: number; concurrency?: number; disableAfter?: { failures: number; hours: number } };

async function claimDue(batch: number): Promise<TClaimed[]> {
  return db.$queryRaw<TClaimed[]>`
    UPDATE "WebhookDelivery" d SET "claimedAt" = now(), "availableAt" = now() + make_interval(secs => ${LEASE_S})
    WHERE d.id IN (
      SELECT d2.id FROM "WebhookDelivery" d2 JOIN "WebhookEndpoint" e ON e.id = d2."endpointId"
      WHERE d2.status = 'pending' AND d2."availableAt" <= now() AND e."disabledAt" IS NULL
      ORDER BY d2."availableAt" LIMIT ${batch}
      FOR UPDATE OF d2 SKIP LOCKED)
    RETURNING d.id, d."endpointId", d."eventType", d.payload, d.attempts`;
}

/** The body and the Standard Webhooks headers of one attempt; each secret given adds a signature. */
function signed(delivery: Pick<TClaimed, 'id' | 'payload'>, secrets: string[], now = new Date()) {
  // Keys in a reader's order (PostgreSQL's jsonb keeps its own).
  const { type, timestamp, data } = delivery.payload;
  const body = JSON.stringify({ type, timestamp, data });
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Hindsight-Webhooks/1',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(delivery.id, now, body)).join(' '),
  };
  return { body, headers };
}

async function record(delivery: TClaimed, attempt: TAttempt, startedAt: Date, disableAfter: { failures: number; hours: number }) {
  const common = { lastAttemptAt: startedAt, responseStatus: attempt.status, durationMs: attempt.durationMs, claimedAt: null };
  if (attempt.ok) {
    await db.$transaction([
      db.webhookDelivery.updateMany({
        where: { id: delivery.id },
        data: { ...common, status: 'delivered', attempts: { increment: 1 }, deliveredAt: new Date(), lastError: null },
      }),
      db.webhookEndpoint.updateMany({ where: { id: delivery.endpointId }, data: { failuresInRow: 0, failingSince: null } }),
    ]);
    return;
  }
  const attempts = delivery.attempts + 1;
  const final = attempts >= MAX_ATTEMPTS;
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.updateMany({
      where: { id: delivery.id },
      data: {
        ...common,
        attempts,
        status: final ? 'failed' : 'pending',
        availableAt: final ? new Date() : new Date(Date.now() + retryDelayS(attempts) * 1000),
        lastError: (attempt.error ?? 'failed').slice(0, 1000),
      },
    });
    const [endpoint] = await tx.$queryRaw<{ failuresInRow: number; failingSince: Date; url: string; disabledAt: Date | null }[]>`
      UPDATE "WebhookEndpoint" SET "failuresInRow" = "failuresInRow" + 1, "failingSince" = coalesce("failingSince", now())
      WHERE id = ${delivery.endpointId}
      RETURNING "failuresInRow", "failingSince", url, "disabledAt"`;
    if (!endpoint || endpoint.disabledAt) return;
    const failingForH = (Date.now() - endpoint.failingSince.getTime()) / 3_600_000;
    if (endpoint.failuresInRow < disableAfter.failures || failingForH < disableAfter.hours) return;
    const reason = `Turned off after ${endpoint.failuresInRow} failed attempts in a row since ${endpoint.failingSince.toISOString().slice(0, 16).replace('T', ' ')} UTC. Last error: ${attempt.error ?? 'failed'}`;
    await tx.webhookEndpoint.updateMany({
      where: { id: delivery.endpointId, disabledAt: null },
      data: { disabledAt: new Date(), disabledReason: reason.slice(0, 1000) },
    });
    await recordEvent(tx, {
      actorId: null,
      action: 'webhook.disable',
      targetType: 'webhook',
      targetId: delivery.endpointId,
      summary: `${endpoint.url}: ${reason}`.slice(0, 2000),
    });
  });
}

/** Claims one batch of due deliveries and sends them, a few at a time. Returns how many were tried. */
export async function deliverDueOnce(options: TDeliverOptions = {}): Promise<number> {
  const config = webhookConfig();
  const disableAfter = options.disableAfter ?? {
    failures: config.HINDSIGHT_WEBHOOK_DISABLE_AFTER_FAILURES,
    hours: config.HINDSIGHT_WEBHOOK_DISABLE_AFTER_HOURS,
  };
  const claimed = await claimDue(options.batch ?? 20);
  if (claimed.length === 0) return 0;
  const endpoints = await db.webhookEndpoint.findMany({
    where: { id: { in: [...new Set(claimed.map((c) => c.endpointId))] } },
    select: { id: true, url: true, secret: true, previousSecret: true, previousSecretUntil: true },
  });
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  const queue = [...claimed];
  const sendNext = async (): Promise<void> => {
    const delivery = queue.shift();
    if (!delivery) return;
    const endpoint = byId.get(delivery.endpointId);
    const startedAt = new Date();
    // An endpoint deleted meanwhile took its deliveries with it; nothing is left to record.
    if (endpoint) {
      // A rolled secret signs beside the new one until its overlap ends.
      const rolled = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > startedAt;
      const { body, headers } = signed(delivery, rolled ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret], startedAt);
      const attempt = await postPinned(endpoint.url, body, headers, {
        timeoutMs: config.HINDSIGHT_WEBHOOK_TIMEOUT_MS,
        allow: config.HINDSIGHT_WEBHOOK_ALLOW,
      });
      await record(delivery, attempt, startedAt, disableAfter);
    }
    return sendNext();
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, claimed.length) }, sendNext));
  return claimed.length;
}

/** Sends everything that is due now. */
export async function deliverDue(options: TDeliverOptions = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await deliverDueOnce(options);
    total += n;
    if (n === 0) return total;
  }
}
