import Link from 'next/link';
import { DateRangeFilter, FilterForm } from '@/components/filters/filter-form';
import { notFound } from 'next/navigation';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { AUDIT_ACTIONS, listEvents, ZAuditFilter } from '@/lib/audit/list-events';
import { currentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/policies/can';
import { listUsers } from '@/lib/users/list-users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Audit log' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: TProps) {
  const user = await currentUser();
  if (!can(user, 'administer')) notFound();
  const raw = await searchParams;
  const filter = ZAuditFilter.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string' && v !== '')));
  const [{ events, total, pages }, users] = await Promise.all([listEvents(user, filter), listUsers()]);
  const pageLink = (page: number) => {
    const q = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
    q.set('page', String(page));
    return `/admin/audit?${q.toString()}`;
  };
  return (
    <>
      <AdminTabs current="audit" />
      <h1 className="page-title">Audit log</h1>
      <p className="lede">Who created, edited, deleted or restored what, and who changed roles and memberships.</p>
      <FilterForm>
        <label>
          Who
          <select name="actor" defaultValue={filter.actor ?? ''}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select name="action" defaultValue={filter.action ?? ''}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <DateRangeFilter from={filter.from} to={filter.to} />
      </FilterForm>
      <p className="meta">
        {total} event{total === 1 ? '' : 's'}
        {pages > 1 && ` · page ${filter.page} of ${pages}`}
      </p>
      <table className="history">
        <thead>
          <tr>
            <th>When (UTC)</th>
            <th>Who</th>
            <th>Action</th>
            <th>What</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.at.toISOString().replace('T', ' ').slice(0, 19)}</td>
              <td>{e.actor?.name ?? 'system'}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ display: 'flex', gap: 12 }}>
        {filter.page > 1 && <Link href={pageLink(filter.page - 1)}>← Newer</Link>}
        {filter.page < pages && <Link href={pageLink(filter.page + 1)}>Older →</Link>}
      </p>
    </>
  );
}
