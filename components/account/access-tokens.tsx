'use client';

// Settings → Access tokens: make a token (shown once, to copy into the pipeline's secrets),
// see when each was last used and from where, and revoke it.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDay } from '@/components/relative-date';
import { sendJson } from '@/components/send-json';
import type { TTokenSummary as TTokenRow } from '@/lib/tokens/manage-tokens';
import { SCOPE_LABEL, SCOPES, type TScopeName } from '@/lib/tokens/scopes';

function state(t: TTokenRow): string {
  if (t.revokedAt) return `revoked ${formatDay(new Date(t.revokedAt))}`;
  if (t.expired) return `expired ${formatDay(new Date(t.expiresAt))}`;
  return `expires ${formatDay(new Date(t.expiresAt))}`;
}

/** createUrl: where new tokens are made (your own, or a project's service tokens); revoking is one route for both. */
export function AccessTokens({
  tokens,
  adminScope,
  createUrl = '/api/account/tokens',
}: {
  tokens: TTokenRow[];
  adminScope: boolean;
  createUrl?: string;
}) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<TScopeName>>(new Set(['read']));
  const [days, setDays] = useState('90');
  const [made, setMade] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson<{ token: string }>(createUrl, 'POST', {
      name,
      scopes: [...scopes],
      expiresInDays: Number(days),
    });
    setBusy(false);
    if (!res.ok) {
      setFields(res.fields);
      setError(res.error);
      return;
    }
    setFields({});
    setError('');
    setMade(res.data.token);
    setName('');
    router.refresh();
  }

  async function revoke(id: string) {
    const res = await sendJson(`/api/account/tokens/${id}`, 'DELETE');
    if (!res.ok) setError(res.error);
    router.refresh();
  }

  return (
    <div data-testid="access-tokens">
      {made && (
        <div className="alert info" role="status">
          Copy this token now; it is not shown again:
          <pre data-testid="new-token">{made}</pre>
          Send it as <code>Authorization: Bearer …</code> to <code>/api/v1</code>.
        </div>
      )}
      <form onSubmit={(e) => void create(e)} className="stack">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="churn training pipeline" />
          {fields.name && <span className="field-error">{fields.name}</span>}
        </label>
        <fieldset>
          <legend>Scopes</legend>
          {SCOPES.filter((s) => s !== 'admin' || adminScope).map((s) => (
            <label key={s} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={scopes.has(s)}
                onChange={() => {
                  const next = new Set(scopes);
                  if (next.has(s)) next.delete(s);
                  else next.add(s);
                  setScopes(next);
                }}
              />{' '}
              {SCOPE_LABEL[s]}
            </label>
          ))}
          {fields.scopes && <span className="field-error">{fields.scopes}</span>}
        </fieldset>
        <label>
          Expires in (days, at most 365)
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} />
          {fields.expiresInDays && <span className="field-error">{fields.expiresInDays}</span>}
        </label>
        {error && !Object.keys(fields).length && <p className="field-error">{error}</p>}
        <button type="submit" className="button primary" disabled={busy}>
          Make token
        </button>
      </form>
      {tokens.length > 0 && (
        <table className="history" style={{ marginTop: 12 }}>
          <thead>
            <tr>
              <th>Name</th>
              <th>Token</th>
              <th>Scopes</th>
              <th>State</th>
              <th>Last used</th>
              <th>
                <span className="sr-only">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} data-testid="token-row">
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{t.scopes.join(', ')}</td>
                <td>{state(t)}</td>
                <td>{t.lastUsedAt ? `${formatDay(new Date(t.lastUsedAt))}${t.lastUsedIp ? ` from ${t.lastUsedIp}` : ''}` : 'never'}</td>
                <td>
                  {!t.revokedAt && (
                    <button type="button" className="button" onClick={() => void revoke(t.id)}>
                      Revoke {t.name}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
