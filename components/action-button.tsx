'use client';

// One action on something on the page (a webhook, a delivery, a comment, a thread): a
// button that sends it, shows what went wrong, and refreshes the page (or goes to `after`).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function ActionButton({
  url,
  method = 'POST',
  body,
  label,
  confirm,
  after,
  primary = false,
  ariaLabel,
}: {
  url: string;
  method?: string;
  body?: unknown;
  label: string;
  confirm?: string;
  after?: string;
  primary?: boolean;
  /** What the button does, for screen readers, when its label alone is not enough ("Mark done" of which item). */
  ariaLabel?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    const res = await sendJson(url, method, body ?? {});
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError('');
    if (after) router.push(after);
    else router.refresh();
  }
  return (
    <>
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        disabled={busy}
        aria-label={ariaLabel}
        onClick={() => void run()}
      >
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
