import { UnsubscribeButton } from '@/components/notifications/unsubscribe-button';

export const metadata = { title: 'Stop email' };

type TProps = { params: Promise<{ user: string; token: string }> };

// Where an email's "Stop all email" link leads: a button, so a link scanner opening it changes nothing.
export default async function UnsubscribePage({ params }: TProps) {
  const { user, token } = await params;
  return (
    <>
      <h1 className="page-title">Stop email from Hindsight</h1>
      <p className="lede">Notices will still reach your inbox in the app. You can choose again under Your account → Notifications.</p>
      <UnsubscribeButton url={`/api/unsubscribe/${encodeURIComponent(user)}/${encodeURIComponent(token)}`} />
    </>
  );
}
