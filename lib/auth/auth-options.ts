import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { safeRedirect } from './callback-url';
import { userForClaims } from './session-token';
import { endSession, startSession } from './sessions';
import { dummyHash, verifyPassword } from './passwords';
import { assertSignInAllowed, clientAddress, recordFailedSignIn, recordSuccessfulSignIn } from './rate-limits';

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export const INVALID_CREDENTIALS = 'That email and password do not match an active account.';

/** Checks an email and password; counts failures against the account and the address. */
export async function authorizeCredentials(raw: unknown, forwardedFor: string | null | undefined) {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const address = clientAddress(forwardedFor);
  await assertSignInAllowed(email, address);
  // The client omits password hashes everywhere; this is the one read that asks for it.
  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !ok || user.disabledAt) {
    await recordFailedSignIn(email, address);
    throw new Error(INVALID_CREDENTIALS);
  }
  await recordSuccessfulSignIn(email);
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

function oidcProvider() {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: 'oidc',
      name: e.OIDC_NAME,
      type: 'oauth' as const,
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      // The profile (email, name) is read from the verified ID token. The identity provider must
      // put those claims there for the requested scopes (Okta, Entra ID and Google do).
      idToken: true,
      checks: ['pkce' as const, 'state' as const],
      // The company's identity provider verifies email addresses, so an invited local account
      // with the same email is the same person.
      allowDangerousEmailAccountLinking: true,
      profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
        const email = (profile.email ?? '').toLowerCase();
        return { id: profile.sub, email, name: profile.name ?? profile.preferred_username ?? email };
      },
    },
  ];
}

function githubProvider() {
  const e = env();
  if (!e.GITHUB_ID || !e.GITHUB_SECRET) return [];
  return [
    GitHubProvider({
      clientId: e.GITHUB_ID,
      clientSecret: e.GITHUB_SECRET,
      profile(profile) {
        return {
          id: String(profile.id),
          email: profile.email?.toLowerCase() ?? null,
          name: profile.name ?? profile.login,
          image: profile.avatar_url,
        };
      },
    }),
  ];
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    adapter: PrismaAdapter(db) as Adapter,
    // Tokens carry only the user id and sessionVersion; every request re-checks both against the
    // database (lib/auth/session-token.ts), so revocation is immediate.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers?.['x-forwarded-for'] as string | undefined),
      }),
      ...oidcProvider(),
      ...githubProvider(),
    ],
    events: {
      // The token in the cookie being cleared could be replayed: end its session for good.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endSession(token.sid);
      },
    },
    callbacks: {
      // Where next-auth sends the browser after SSO or sign-out: paths on this site only.
      redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
      async signIn({ user }) {
        // Every account needs an email: it is how people are invited, found and linked.
        if (!user?.id || !user.email) return false;
        const row = await db.user.findUnique({ where: { id: user.id }, select: { disabledAt: true } });
        // New SSO users do not exist yet here (the adapter creates them next) and are allowed.
        return !row?.disabledAt;
      },
      async jwt({ token, user }) {
        if (user) {
          const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
          token.uid = user.id;
          token.sv = row.sessionVersion;
          // Each sign-in is a session row of its own, which signing out ends (lib/auth/sessions.ts).
          token.sid = await startSession(user.id);
        } else if (!(await userForClaims(token))) {
          // next-auth's own session endpoint: an ended session answers as signed out (and the
          // library clears the cookie) instead of describing a user it no longer stands for.
          throw new Error('This session has ended.');
        }
        return token;
      },
      async session({ session, token }) {
        // Only what the browser needs; never hashes or provider tokens.
        return {
          expires: session.expires,
          user: { name: session.user?.name, email: session.user?.email, id: token.uid },
        } as typeof session;
      },
    },
  };
}

export function ssoProviders(): { id: string; name: string }[] {
  return [
    ...oidcProvider().map((p) => ({ id: p.id, name: p.name })),
    ...(githubProvider().length ? [{ id: 'github', name: 'GitHub' }] : []),
  ];
}
