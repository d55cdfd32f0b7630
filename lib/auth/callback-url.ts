// Where a person goes after signing in: only a path on this site. The value comes from the URL
// (?callbackUrl=), so it is parsed the way a browser would parse it — backslashes count as
// slashes, tabs and newlines vanish — against this site's origin, and anything that leaves it
// becomes "/". Pure: used by the sign-in page and by next-auth's redirect callback.

const PLACEHOLDER_ORIGIN = 'https://hindsight.invalid';

export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  // Control characters (tab, newline, NUL…) are dropped by browsers mid-URL: "/\t/evil" is "//evil".
  if (/[\u0000-\u001F\u007F]/.test(value)) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect callback: same-origin URLs only, as paths; everything else goes home. */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (url.startsWith('/')) return `${base.origin}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin === base.origin) return `${base.origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    // not a URL: fall through
  }
  return base.origin;
}

/** Messages for next-auth's error codes; any other ?error= value shows the generic one. */
const SIGN_IN_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: 'That email already has an account here: sign in with your password, or ask an admin to link it.',
  AccessDenied: 'This account is disabled. Ask an admin if you think that is a mistake.',
  Callback: 'Single sign-on did not complete. Try again.',
  OAuthCallback: 'Single sign-on did not complete. Try again.',
  OAuthSignin: 'Single sign-on could not start. Try again.',
  SessionRequired: 'Please sign in to continue.',
  CredentialsSignin: 'That email and password do not match an active account.',
};
export const GENERIC_SIGN_IN_ERROR = 'Sign-in did not complete. Try again.';

export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code]! : GENERIC_SIGN_IN_ERROR;
}
