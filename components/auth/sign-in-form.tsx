'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { safeCallbackPath } from '@/lib/auth/callback-url';

type TProps = { callbackUrl: string; providers: { id: string; name: string }[]; initialError: string | null };

export function SignInForm({ callbackUrl, providers, initialError }: TProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(initialError);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', { email, password, redirect: false, callbackUrl });
    setBusy(false);
    // The page already made callbackUrl a same-site path; checked again where it is followed.
    if (result?.ok && !result.error) window.location.assign(safeCallbackPath(callbackUrl));
    else setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Try again.');
  }

  return (
    <>
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <form className="form" onSubmit={submit} style={{ marginTop: 16 }}>
        <label>
          Email
          <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.length > 0 && (
        <div style={{ marginTop: 20, display: 'grid', gap: 8 }}>
          <p className="meta" style={{ margin: 0 }}>
            Or continue with
          </p>
          {providers.map((p) => (
            <button key={p.id} type="button" onClick={() => void signIn(p.id, { callbackUrl })}>
              {p.name}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
