'use client';

// Your account → Notifications: for each kind of notice, inbox, email or off; and the digest.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';
import { NOTICE_LABEL, NOTICE_TYPES, type TNotificationType, type TReach } from '@/lib/notifications/preferences';

const REACH_LABEL: Record<TReach, string> = { app: 'In the app', email: 'Email too', off: 'Off' };

export function NoticeSettings({ initial, digest: initialDigest }: { initial: Record<TNotificationType, TReach>; digest: boolean }) {
  const router = useRouter();
  const [prefs, setPrefs] = useState(initial);
  const [digest, setDigest] = useState(initialDigest);
  const [said, setSaid] = useState('');
  async function save(e: React.FormEvent) {
    e.preventDefault();
    const res = await sendJson('/api/account/notifications', 'PUT', { prefs, digest });
    setSaid(res.ok ? 'Saved.' : res.error);
    router.refresh();
  }
  return (
    <form onSubmit={(e) => void save(e)} className="stack" data-testid="notice-settings">
      <table className="history">
        <thead>
          <tr>
            <th>When</th>
            {(['app', 'email', 'off'] as const).map((r) => (
              <th key={r}>{REACH_LABEL[r]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {NOTICE_TYPES.map((type) => (
            <tr key={type}>
              <td>{NOTICE_LABEL[type]}</td>
              {(['app', 'email', 'off'] as const).map((reach) => (
                <td key={reach}>
                  <input
                    type="radio"
                    name={type}
                    aria-label={`${NOTICE_LABEL[type]}: ${REACH_LABEL[reach]}`}
                    checked={prefs[type] === reach}
                    onChange={() => setPrefs({ ...prefs, [type]: reach })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} /> Send my email as one daily digest
      </label>
      <div>
        <button type="submit" className="button primary">
          Save notification settings
        </button>{' '}
        {said && <span role="status">{said}</span>}
      </div>
    </form>
  );
}
