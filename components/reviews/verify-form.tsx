'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function VerifyForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="form"
      style={{ marginTop: 10, gap: 8 }}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await sendJson(`/api/documents/${id}/verify`, 'POST', { note });
        setBusy(false);
        setError(result.ok ? null : result.error);
        if (result.ok) {
          setNote('');
          router.refresh();
        }
      }}
    >
      <input
        aria-label="Review note"
        placeholder="Note (optional)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
      />
      <button type="submit" disabled={busy}>
        Verify: still true as of v{version}
      </button>
      {error && <span className="field-error">{error}</span>}
    </form>
  );
}
