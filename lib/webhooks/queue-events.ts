import 'server-only';
// Announcing a change: one delivery row per endpoint that chose the event, written in the
// transaction of the change itself, so a change is never saved without its deliveries nor the
// other way round. An endpoint hears only about pages its owner may read (the read rule, with the
// owner's site role and membership), and its payload holds ids, titles, links and what changed.
import { randomUUID } from 'node:crypto';
import type { TTransaction } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { webhookConfig } from '@/lib/env';
import { draftOf, readsDocument } from '@/lib/policies/read-rule';
import type { TWebhookEvent } from './events';

export type TEventDocument = {
  id: string;
  title: string;
  kind: string;
  slug: string;
  version: number;
  project: { id: string; slug: string } | null;
};

export type TQueuedEvent = { type: TWebhookEvent; change: Record<string, unknown> };

let base: string | undefined;
/** The wiki's public address, for links in payloads. */
export const siteUrl = () => (base ??= webhookConfig().NEXTAUTH_URL.replace(/\/+$/, ''));

/** The id a receiver sees as webhook-id: the same on every attempt of one delivery. */
export const newDeliveryId = () => `msg_${randomUUID().replaceAll('-', '')}`;

export async function queueWebhookEvents(tx: TTransaction, doc: TEventDocument, events: TQueuedEvent[], at = new Date()) {
  if (events.length === 0) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({
    where: {
      disabledAt: null,
      events: { hasSome: events.map((e) => e.type) },
      OR: [{ projectId: null }, ...(doc.project ? [{ projectId: doc.project.id }] : [])],
      owner: { disabledAt: null },
    },
    select: { id: true, events: true, ownerId: true, owner: { select: { role: true } } },
  });
  if (endpoints.length === 0) return 0;
  const project = doc.project
    ? await tx.project.findUnique({
        where: { id: doc.project.id },
        select: {
          slug: true,
          name: true,
          visibility: true,
          members: { where: { userId: { in: endpoints.map((e) => e.ownerId) } }, select: { userId: true, role: true } },
        },
      })
    : null;
  // A draft is heard of only by endpoints whose owner may read it (its owner, or who may edit it).
  const page = await tx.document.findUnique({ where: { id: doc.id }, select: { status: true, ownerId: true } });
  const draft = page ? draftOf(page) : {};
  const readers = endpoints.filter((e) =>
    readsDocument(
      { id: e.ownerId, role: e.owner.role },
      {
        project: project
          ? { visibility: project.visibility, membership: project.members.find((m) => m.userId === e.ownerId)?.role ?? null }
          : null,
        ...draft,
      },
    ),
  );
  const document = {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    version: doc.version,
    url: `${siteUrl()}${documentPath(project?.slug, doc.slug)}`,
    project: project ? { slug: project.slug, name: project.name } : null,
  };
  const rows = readers.flatMap((endpoint) =>
    events
      .filter((e) => endpoint.events.includes(e.type))
      .map((e) => ({
        id: newDeliveryId(),
        endpointId: endpoint.id,
        eventType: e.type,
        payload: { type: e.type, timestamp: at.toISOString(), data: { document, ...e.change } },
      })),
  );
  if (rows.length) await tx.webhookDelivery.createMany({ data: rows });
  return rows.length;
}
