import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { sessionUser } from '@/lib/auth/current-user';
import { ssoProviders } from '@/lib/auth/auth-options';
import { safeCallbackPath, signInErrorMessage } from '@/lib/auth/callback-url';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: TProps) {
  const query = await searchParams;
  // Only same-site paths are followed after sign-in (no open redirects), and only known error
  // codes are shown (no text of the link's choosing).
  const callbackUrl = safeCallbackPath(typeof query.callbackUrl === 'string' ? query.callbackUrl : undefined);
  if (await sessionUser()) redirect(callbackUrl);
  const error = signInErrorMessage(typeof query.error === 'string' ? query.error : undefined);
  return (
    <div className="card" style={{ maxWidth: 420, margin: '40px auto' }}>
      <h1 className="page-title">Sign in to Hindsight</h1>
      <p className="meta">What our ML team learned, for the people on the team.</p>
      <SignInForm callbackUrl={callbackUrl} providers={ssoProviders()} initialError={error} />
    </div>
  );
}
