'use client';

import { useState } from 'react';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        setFields({});
        const res = await fetch('/api/invitations/accept', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token, name, password }),
        });
        if (res.ok) {
          window.location.assign('/signin?callbackUrl=%2F');
          return;
        }
        const data = (await res.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
        setFields(data.fields ?? {});
        setError(data.error ?? 'That did not work. Try again.');
      }}
    >
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <label>
        Your name
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
        {fields.name && <span className="field-error">{fields.name}</span>}
      </label>
      <label>
        Password <span className="meta">at least 12 characters</span>
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" required />
        {fields.password && <span className="field-error">{fields.password}</span>}
      </label>
      <button type="submit" className="primary">
        Create my account
      </button>
    </form>
  );
}
