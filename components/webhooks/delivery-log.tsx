// A webhook's delivery log: each delivery's event, state, response code, time taken, attempts and
// next attempt, the payload it carries, and "Resend". Server-rendered; the newest first.
import { RelativeDate } from '@/components/relative-date';
import { ActionButton } from '@/components/action-button';

type TDelivery = {
  id: string;
  eventType: string;
  payload: unknown;
  createdAt: Date;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  availableAt: Date;
  claimedAt: Date | null;
  responseStatus: number | null;
  durationMs: number | null;
  lastError: string | null;
};

function state(d: TDelivery, off: boolean) {
  if (d.status === 'delivered') return 'Delivered';
  if (d.status === 'failed') return `Failed after ${d.attempts} attempts`;
  if (d.claimedAt) return 'Sending';
  if (off) return 'Waiting: the webhook is off';
  return d.attempts === 0 ? 'Queued' : 'Retrying';
}

export function DeliveryLog({ webhookId, deliveries, off }: { webhookId: string; deliveries: TDelivery[]; off: boolean }) {
  if (deliveries.length === 0)
    return <p className="meta">Nothing sent yet. Events appear here as they happen; “Send a test event” tries the receiver now.</p>;
  return (
    <table className="history" data-testid="delivery-log">
      <thead>
        <tr>
          <th>Event</th>
          <th>When</th>
          <th>State</th>
          <th>Response</th>
          <th>Took</th>
          <th>Attempts</th>
          <th>Next attempt</th>
          <th>
            <span className="sr-only">Resend</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} data-testid="delivery-row" data-status={d.status}>
            <td>
              <code>{d.eventType}</code>
              <details>
                <summary className="meta">Payload</summary>
                <pre>{JSON.stringify(d.payload, null, 2)}</pre>
                <div className="meta">webhook-id: {d.id}</div>
              </details>
            </td>
            <td>
              <RelativeDate date={d.createdAt} />
            </td>
            <td>
              {state(d, off)}
              {d.lastError && d.status !== 'delivered' && <div className="meta">{d.lastError}</div>}
            </td>
            <td>{d.responseStatus ?? '—'}</td>
            <td>{d.durationMs === null ? '—' : `${d.durationMs} ms`}</td>
            <td>{d.attempts}</td>
            <td>{d.status !== 'pending' ? '—' : d.claimedAt ? 'now' : <RelativeDate date={d.availableAt} />}</td>
            <td>
              {d.status !== 'pending' && <ActionButton url={`/api/webhooks/${webhookId}/deliveries/${d.id}/resend`} label="Resend" />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
