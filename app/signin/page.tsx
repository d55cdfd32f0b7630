import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { sessionUser } from '@/lib/auth/current-user';
import { ssoProviders } from '@/lib/auth/auth-options';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: 'That email already has an account here: sign in with your password, or ask an admin to link it.',
  AccessDenied: 'This account is disabled. Ask an admin if you think that is a mistake.',
  Callback: 'Single sign-on did not complete. Try again.',
  OAuthCallback: 'Single sign-on did not complete. Try again.',
};

/** Only same-site paths are followed after sign-in (no open redirects). */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function SignInPage({ searchParams }: TProps) {
  const query = await searchParams;
  const callbackUrl = safeCallback(typeof query.callbackUrl === 'string' ? query.callbackUrl : undefined);
  if (await sessionUser()) redirect(callbackUrl);
  const error = typeof query.error === 'string' ? (ERRORS[query.error] ?? query.error.slice(0, 200)) : null;
  return (
    <div className="card" style={{ maxWidth: 420, margin: '40px auto' }}>
      <h1 className="page-title">Sign in to Hindsight</h1>
      <p className="meta">What our ML team learned, for the people on the team.</p>
      <SignInForm callbackUrl={callbackUrl} providers={ssoProviders()} initialError={error} />
    </div>
  );
}
