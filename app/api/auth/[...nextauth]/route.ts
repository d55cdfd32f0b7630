import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

// next-auth's own endpoints (sign-in, callbacks, CSRF token, sign-out).
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
