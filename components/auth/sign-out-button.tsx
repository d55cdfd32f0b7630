'use client';

// next-auth's client is fetched when the button is pressed, not with every page.
export function SignOutButton() {
  return (
    <button type="button" onClick={() => void import('next-auth/react').then(({ signOut }) => signOut({ callbackUrl: '/signin' }))}>
      Sign out
    </button>
  );
}
