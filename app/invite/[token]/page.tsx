import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { findInvitation } from '@/lib/users/invitations';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Join Hindsight' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length <= 100 ? await findInvitation(token) : null;
  return (
    <div className="card" style={{ maxWidth: 460, margin: '40px auto' }}>
      {invitation ? (
        <>
          <h1 className="page-title">Join Hindsight</h1>
          <p className="meta">
            You were invited as <strong>{invitation.email}</strong> ({invitation.role}). Choose your name and a password.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <h1 className="page-title">This invitation cannot be used</h1>
          <p>It has expired or was already used. Ask an admin for a new link.</p>
        </>
      )}
    </div>
  );
}
