'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

/** Ends every session of the signed-in person, this one included, then goes to sign-in. */
export function SignOutEverywhere({ sessions }: { sessions: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    const result = await sendJson('/api/account/sessions', 'DELETE');
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    await signOut({ callbackUrl: '/signin' });
  }
  return (
    <div>
      {error && <p className="field-error">{error}</p>}
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Signing out…' : `Sign out everywhere (${sessions} session${sessions === 1 ? '' : 's'})`}
      </button>
    </div>
  );
}

export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await sendJson('/api/account/password', 'POST', { current, next });
    if (result.ok) {
      await signOut({ callbackUrl: '/signin' });
      return;
    }
    setBusy(false);
    setFields(result.fields);
    setError(Object.keys(result.fields).length ? null : result.error);
  }
  return (
    <form className="form" onSubmit={submit}>
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <label>
        Current password
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
        {fields.current && <span className="field-error">{fields.current}</span>}
      </label>
      <label>
        New password (at least 12 characters)
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required minLength={12} />
        {fields.next && <span className="field-error">{fields.next}</span>}
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Changing…' : 'Change password and sign out everywhere'}
      </button>
    </form>
  );
}
