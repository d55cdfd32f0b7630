import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDay } from '@/components/relative-date';
import { DeliveryLog } from '@/components/webhooks/delivery-log';
import { RollSecret } from '@/components/webhooks/roll-secret';
import { ActionButton } from '@/components/action-button';
import { currentUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';
import { loadWebhook } from '@/lib/policies/loaders';
import { EVENT_LABEL, type TWebhookEvent } from '@/lib/webhooks/events';
import { ROLL_OVERLAP_H } from '@/lib/webhooks/manage-webhooks';
import { getWebhook, listDeliveries } from '@/lib/webhooks/webhook-log';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Webhook' };

type TProps = { params: Promise<{ id: string }> };

export default async function WebhookPage({ params }: TProps) {
  const user = await currentUser();
  const endpoint = await orNotFound(loadWebhook(user, (await params).id));
  if (!can(user, 'manage-webhooks', endpoint.scope)) notFound();
  const [webhook, deliveries] = await Promise.all([getWebhook(endpoint), listDeliveries(endpoint)]);
  const back = webhook.project ? `/projects/${webhook.project.slug}/webhooks` : '/admin/webhooks';
  const api = `/api/webhooks/${webhook.id}`;
  return (
    <>
      <div className="breadcrumbs">
        <Link href={back}>{webhook.project ? `Webhooks of ${webhook.project.name}` : 'Webhooks'}</Link> /
      </div>
      <h1 className="page-title" style={{ overflowWrap: 'anywhere' }}>
        {webhook.url}
      </h1>
      <p className="lede">
        {webhook.description && <>{webhook.description}. </>}
        Listens to {webhook.project ? `project ${webhook.project.name}` : 'the whole wiki'}; registered {formatDay(webhook.createdAt)} by{' '}
        {webhook.owner.name}, and tells only what {webhook.owner.name} may read.
      </p>
      {webhook.disabledAt && (
        <div className="alert error" role="alert" data-testid="webhook-off">
          This webhook is off (since {formatDay(webhook.disabledAt)}). {webhook.disabledReason} Deliveries wait until it is turned on again.
        </div>
      )}
      <p className="actions" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <ActionButton url={`${api}/test`} label="Send a test event" primary />
        {webhook.disabledAt ? (
          <ActionButton url={api} method="PATCH" body={{ enabled: true }} label="Turn on" />
        ) : (
          <ActionButton url={api} method="PATCH" body={{ enabled: false }} label="Turn off" />
        )}
        <RollSecret webhookId={webhook.id} overlapHours={ROLL_OVERLAP_H} />
        <ActionButton
          url={api}
          method="DELETE"
          label="Delete webhook"
          confirm="Delete this webhook and its delivery log? Its receiver hears nothing more."
          after={back}
        />
      </p>
      <section className="card">
        <h2>Events</h2>
        <ul>
          {webhook.events.map((e) => (
            <li key={e}>
              {EVENT_LABEL[e as TWebhookEvent] ?? e} <code className="meta">{e}</code>
            </li>
          ))}
        </ul>
      </section>
      <section style={{ marginTop: 20 }}>
        <h2 className="section-title">Delivery log</h2>
        <p className="meta">
          The latest 50 deliveries. A failed attempt is tried again after about 10 s, 1 min, 5 min, 30 min, 2 h, 5 h and 10 h; each carries
          the same <code>webhook-id</code>, so a receiver can drop repeats.
        </p>
        <DeliveryLog webhookId={webhook.id} deliveries={deliveries} off={Boolean(webhook.disabledAt)} />
      </section>
    </>
  );
}
