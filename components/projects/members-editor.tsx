'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ChoiceSelect } from '@/components/choice-select';
import { sendJson } from '@/components/send-json';

type TRole = 'owner' | 'editor' | 'viewer';
type TMember = { id: string; name: string; email: string; role: TRole };
const ROLES: TRole[] = ['owner', 'editor', 'viewer'];

export function MembersEditor({ slug, visibility, members }: { slug: string; visibility: 'internal' | 'restricted'; members: TMember[] }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TRole>('viewer');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(url: string, method: string, body: object) {
    setBusy(true);
    const result = await sendJson(url, method, body);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) router.refresh();
    return result.ok;
  }

  return (
    <div style={{ display: 'grid', gap: 20 }}>
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <section className="card">
        <h2 className="section-title">Who can see this project</h2>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <select
            aria-label="Visibility"
            value={visibility}
            disabled={busy}
            onChange={(e) => void send(`/api/projects/${slug}`, 'PATCH', { visibility: e.target.value })}
          >
            <option value="internal">Internal — everyone signed in can read it</option>
            <option value="restricted">Restricted — members only</option>
          </select>
        </label>
      </section>
      <section className="card">
        <h2 className="section-title">Members ({members.length})</h2>
        <table className="history">
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-testid={`member-${m.email}`}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>
                  <ChoiceSelect
                    label={`Role of ${m.name}`}
                    value={m.role}
                    choices={ROLES}
                    disabled={busy}
                    onChange={(r) => void send(`/api/projects/${slug}/members`, 'POST', { email: m.email, role: r })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void send(`/api/projects/${slug}/members`, 'DELETE', { userId: m.id })}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          className="form"
          style={{ marginTop: 16, gridTemplateColumns: '2fr 1fr auto', alignItems: 'end' }}
          onSubmit={async (e) => {
            e.preventDefault();
            if (await send(`/api/projects/${slug}/members`, 'POST', { email, role })) setEmail('');
          }}
        >
          <label>
            Add by email
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </label>
          <label>
            Role
            <ChoiceSelect label="Role for the new member" value={role} choices={ROLES} onChange={setRole} />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            Add member
          </button>
        </form>
      </section>
    </div>
  );
}
