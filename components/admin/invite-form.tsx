'use client';

import { useState } from 'react';

export function InviteForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" style={{ marginBottom: 24 }}>
      <h2 className="section-title">Invite someone</h2>
      <form
        className="form"
        style={{ gridTemplateColumns: '2fr 1fr auto', alignItems: 'end' }}
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          setLink(null);
          const res = await fetch('/api/admin/invitations', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, role }),
          });
          const data = (await res.json().catch(() => ({}))) as { path?: string; error?: string; fields?: Record<string, string> };
          if (res.ok && data.path) setLink(`${window.location.origin}${data.path}`);
          else setError(Object.values(data.fields ?? {})[0] ?? data.error ?? 'No invitation was created.');
        }}
      >
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Site role
          <select aria-label="Site role for the invitation" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="viewer">viewer</option>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <button type="submit" className="primary">
          Create invitation link
        </button>
      </form>
      {error && <p className="field-error">{error}</p>}
      {link && (
        <p className="alert info" role="status">
          Send this link to {email}; it works once, for 7 days: <code data-testid="invite-link">{link}</code>
        </p>
      )}
    </section>
  );
}
