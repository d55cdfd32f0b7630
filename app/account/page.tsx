import { AccessTokens } from '@/components/account/access-tokens';
import { ChangePasswordForm, SignOutEverywhere } from '@/components/account/account-actions';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { listSessions } from '@/lib/auth/sessions';
import { listTokens } from '@/lib/tokens/manage-tokens';
import { hasPassword } from '@/lib/users/list-users';
import { NoticeSettings } from '@/components/notifications/notice-settings';
import { noticeChoices } from '@/lib/notifications/notice-choices';
import { emailConfigured } from '@/lib/notifications/send-emails';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await currentUser();
  const [sessions, password, tokens, choices] = await Promise.all([
    listSessions(user.id),
    hasPassword(user.id),
    listTokens({ userId: user.id }),
    noticeChoices(user.id),
  ]);
  return (
    <>
      <h1 className="page-title">Your account</h1>
      <p className="lede">
        {user.name} · {user.email} · {JOB_ROLE_LABEL[user.jobRole]} · site role <strong>{user.role}</strong>
      </p>

      <section className="card">
        <h2>Where you are signed in</h2>
        <p className="meta">
          Signing out ends the session on that device at once. If you lost a device or shared a computer, end them all.
        </p>
        <table className="history" data-testid="sessions">
          <thead>
            <tr>
              <th>Signed in</th>
              <th>Last active</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  <RelativeDate date={s.createdAt} />
                </td>
                <td>
                  <RelativeDate date={s.lastSeenAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SignOutEverywhere sessions={sessions.length} />
      </section>

      <section className="card" style={{ marginTop: 20 }} id="tokens">
        <h2>Access tokens</h2>
        <p className="meta">
          For programs (a training pipeline, a script): a token acts as you on <code>/api/v1</code>, within the scopes you choose, until it
          expires or you revoke it.
        </p>
        <AccessTokens tokens={tokens} adminScope={user.role === 'admin'} />
      </section>

      <section className="card" style={{ marginTop: 20 }} id="notifications">
        <h2>Notifications</h2>
        <p className="meta">
          {emailConfigured()
            ? `What reaches your inbox in the app, and what also comes by email to ${user.email}.`
            : 'Email is not set up on this wiki (its administrator sets SMTP_URL), so everything reaches your inbox in the app; your email choices take effect once it is.'}
        </p>
        <NoticeSettings initial={choices.reach} digest={choices.digest} />
      </section>

      {password && (
        <section className="card" style={{ marginTop: 20 }}>
          <h2>Password</h2>
          <ChangePasswordForm />
        </section>
      )}
    </>
  );
}
