'use client';

// "Roll secret": a new signing secret, shown once; the old one keeps signing beside it for a day.
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function RollSecret({ webhookId, overlapHours }: { webhookId: string; overlapHours: number }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function roll() {
    if (!window.confirm(`Make a new signing secret? The current one keeps working for ${overlapHours} hours.`)) return;
    setBusy(true);
    const res = await sendJson<{ secret: string }>(`/api/webhooks/${webhookId}/secret`, 'POST', {});
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError('');
    setSecret(res.data.secret);
  }
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void roll()}>
        Roll secret
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {secret && (
        <div className="alert info" role="status" style={{ flexBasis: '100%' }}>
          The new signing secret; copy it now, it is not shown again:
          <pre data-testid="rolled-secret">{secret}</pre>
          For the next {overlapHours} hours each delivery carries two signatures, one per secret, so the receiver can switch at its own
          pace.
        </div>
      )}
    </>
  );
}
