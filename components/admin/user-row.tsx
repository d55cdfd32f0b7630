'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { JOB_ROLES, SITE_ROLES } from '@/lib/users/schemas';

type TRow = { id: string; name: string; email: string; role: string; jobRole: keyof typeof JOB_ROLE_LABEL; disabled: boolean };

export function UserRow({ user, isSelf }: { user: TRow; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function change(patch: object) {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/admin/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    setBusy(false);
    if (!res.ok) setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'The change was not saved.');
    router.refresh();
  }

  return (
    <tr data-testid={`user-${user.email}`}>
      <td>
        {user.name}
        {error && <div className="field-error">{error}</div>}
      </td>
      <td>{user.email}</td>
      <td>
        <select aria-label={`Site role of ${user.name}`} value={user.role} disabled={busy} onChange={(e) => void change({ role: e.target.value })}>
          {SITE_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`Job role of ${user.name}`} value={user.jobRole} disabled={busy} onChange={(e) => void change({ jobRole: e.target.value })}>
          {JOB_ROLES.map((r) => (
            <option key={r} value={r}>
              {JOB_ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {user.disabled ? <span className="badge draft">Disabled</span> : <span className="badge">Active</span>}{' '}
        {!isSelf && (
          <button type="button" disabled={busy} onClick={() => void change({ disabled: !user.disabled })}>
            {user.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
      </td>
    </tr>
  );
}
