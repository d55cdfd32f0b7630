'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ChoiceSelect } from '@/components/choice-select';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { sendJson } from '@/components/send-json';
import { JOB_ROLES, SITE_ROLES } from '@/lib/users/schemas';

type TRow = {
  id: string;
  name: string;
  email: string;
  role: (typeof SITE_ROLES)[number];
  jobRole: (typeof JOB_ROLES)[number];
  disabled: boolean;
};

export function UserRow({ user, isSelf }: { user: TRow; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function change(patch: object) {
    setBusy(true);
    const result = await sendJson(`/api/admin/users/${user.id}`, 'PATCH', patch);
    setBusy(false);
    setError(result.ok ? null : result.error);
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
        <ChoiceSelect
          label={`Site role of ${user.name}`}
          value={user.role}
          choices={SITE_ROLES}
          disabled={busy}
          onChange={(role) => void change({ role })}
        />
      </td>
      <td>
        <ChoiceSelect
          label={`Job role of ${user.name}`}
          value={user.jobRole}
          choices={JOB_ROLES}
          labelOf={(r) => JOB_ROLE_LABEL[r]}
          disabled={busy}
          onChange={(jobRole) => void change({ jobRole })}
        />
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
