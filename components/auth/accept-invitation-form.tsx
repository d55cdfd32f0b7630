'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        setFields({});
        const result = await sendJson('/api/invitations/accept', 'POST', { token, name, password });
        if (result.ok) return router.push('/signin?callbackUrl=%2F');
        setFields(result.fields);
        setError(String(result.data.error ?? result.error));
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
