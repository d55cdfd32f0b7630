'use client';

// Register a webhook: the address, what it is for, and the events to send. The signing secret
// is shown once, right after, to copy into the receiver's settings.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';
import { EVENT_LABEL, WEBHOOK_EVENTS, type TWebhookEvent } from '@/lib/webhooks/events';

type TPlace = { slug: string | null; name: string };

/** places: where the webhook may listen (one project, or the whole wiki and every project for admins). */
export function WebhookForm({ places }: { places: TPlace[] }) {
  const router = useRouter();
  const [place, setPlace] = useState(places[0]?.slug ?? '');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<Set<TWebhookEvent>>(new Set(['document.created', 'document.updated']));
  const [made, setMade] = useState<{ id: string; secret: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson<{ id: string; secret: string }>('/api/webhooks', 'POST', {
      projectSlug: place || null,
      url,
      description,
      events: [...events],
    });
    setBusy(false);
    if (!res.ok) {
      setFields(res.fields);
      setError(res.error);
      return;
    }
    setFields({});
    setError('');
    setMade(res.data);
    setUrl('');
    setDescription('');
    router.refresh();
  }

  const toggle = (event: TWebhookEvent) => {
    const next = new Set(events);
    if (next.has(event)) next.delete(event);
    else next.add(event);
    setEvents(next);
  };

  return (
    <section className="card" data-testid="webhook-form">
      <h2>Register a webhook</h2>
      {made && (
        <div className="alert info" role="status">
          Webhook registered. Copy its signing secret now; it is not shown again:
          <pre data-testid="webhook-secret">{made.secret}</pre>
          Verify each delivery’s <code>webhook-signature</code> header with it (any Standard Webhooks library does).{' '}
          <Link href={`/webhooks/${made.id}`}>Open its delivery log</Link>
        </div>
      )}
      <form onSubmit={(e) => void create(e)} className="stack">
        {places.length > 1 && (
          <label>
            Listens to
            <select value={place} onChange={(e) => setPlace(e.target.value)}>
              {places.map((p) => (
                <option key={p.slug ?? ''} value={p.slug ?? ''}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Address (https://…)
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            maxLength={2000}
            placeholder="https://ci.example.com/hooks/hindsight"
            aria-invalid={fields.url ? true : undefined}
          />
          {fields.url && <span className="field-error">{fields.url}</span>}
        </label>
        <label>
          What it is for (optional)
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} placeholder="Retrain on drift" />
        </label>
        <fieldset>
          <legend>Events</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} style={{ display: 'block' }}>
              <input type="checkbox" checked={events.has(event)} onChange={() => toggle(event)} /> {EVENT_LABEL[event]}{' '}
              <code className="meta">{event}</code>
            </label>
          ))}
          {fields.events && <span className="field-error">{fields.events}</span>}
        </fieldset>
        {error && !fields.url && !fields.events && <p className="field-error">{error}</p>}
        <button type="submit" className="button primary" disabled={busy}>
          Register webhook
        </button>
      </form>
    </section>
  );
}
