'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

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
    setError(null);
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    setBusy(false);
    if (!res.ok) {
      const data = (await res.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
      setError(Object.values(data.fields ?? {})[0] ?? data.error ?? 'The change was not saved.');
      return false;
    }
    router.refresh();
    return true;
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
                  <select
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) => void send(`/api/projects/${slug}/members`, 'POST', { email: m.email, role: e.target.value })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" disabled={busy} onClick={() => void send(`/api/projects/${slug}/members`, 'DELETE', { userId: m.id })}>
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
            <select aria-label="Role for the new member" value={role} onChange={(e) => setRole(e.target.value as TRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={busy}>
            Add member
          </button>
        </form>
      </section>
    </div>
  );
}
