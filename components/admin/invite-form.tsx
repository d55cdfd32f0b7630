'use client';

import { useState } from 'react';
import { ChoiceSelect } from '@/components/choice-select';
import { sendJson } from '@/components/send-json';
import { SITE_ROLES } from '@/lib/users/schemas';

export function InviteForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof SITE_ROLES)[number]>('editor');
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
          const result = await sendJson<{ path: string }>('/api/admin/invitations', 'POST', { email, role });
          if (result.ok) setLink(`${window.location.origin}${result.data.path}`);
          else setError(result.error);
        }}
      >
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Site role
          <ChoiceSelect label="Site role for the invitation" value={role} choices={SITE_ROLES} onChange={setRole} />
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
