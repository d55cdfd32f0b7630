// The webhooks of a place, each with its state and a link to its delivery log. Server-rendered.
import Link from 'next/link';
import { formatDay } from '@/components/relative-date';

type TRow = {
  id: string;
  url: string;
  description: string;
  events: string[];
  createdAt: Date;
  disabledAt: Date | null;
  owner: { name: string };
  project: { slug: string; name: string } | null;
};

export function WebhookList({ webhooks, showPlace }: { webhooks: TRow[]; showPlace: boolean }) {
  if (webhooks.length === 0) return <p className="meta">No webhooks yet.</p>;
  return (
    <table className="history" data-testid="webhook-list">
      <thead>
        <tr>
          <th>Address</th>
          {showPlace && <th>Listens to</th>}
          <th>Events</th>
          <th>State</th>
          <th>Registered</th>
        </tr>
      </thead>
      <tbody>
        {webhooks.map((w) => (
          <tr key={w.id} data-testid="webhook-row">
            <td>
              <Link href={`/webhooks/${w.id}`}>{w.url}</Link>
              {w.description && <div className="meta">{w.description}</div>}
            </td>
            {showPlace && <td>{w.project ? w.project.name : 'The whole wiki'}</td>}
            <td>{w.events.length === 1 ? w.events[0] : `${w.events.length} events`}</td>
            <td>{w.disabledAt ? <span className="badge draft">Off since {formatDay(w.disabledAt)}</span> : 'On'}</td>
            <td>
              {formatDay(w.createdAt)} by {w.owner.name}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
