import { notFound } from 'next/navigation';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { InviteForm } from '@/components/admin/invite-form';
import { UserRow } from '@/components/admin/user-row';
import { currentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/policies/can';
import { listUsers } from '@/lib/users/list-users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const user = await currentUser();
  if (!can(user, 'administer')) notFound();
  const users = await listUsers();
  return (
    <>
      <AdminTabs current="users" />
      <h1 className="page-title">Users</h1>
      <p className="lede">
        Site roles decide who may write; job roles are shown next to authors. Disabling someone ends their sessions at once.
      </p>
      <InviteForm />
      <table className="history">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Site role</th>
            <th>Job role</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={{ ...u, disabled: Boolean(u.disabledAt) }} isSelf={u.id === user.id} />
          ))}
        </tbody>
      </table>
    </>
  );
}
