import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInSchema } from '@/lib/users/schemas';
import { authenticate, revokeSessions } from '@/lib/users/service';
import { findSessionVersion } from '@/lib/users/queries';
import { clientAddress } from '@/lib/auth/client-address';

export class InvalidCredentials extends CredentialsSignin {
  code = 'invalid_credentials';
}
export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

/** The client's address for the per-IP limit: lib/auth/client-address.ts says what is believed. */
export function clientIp(headers: Headers): string {
  return clientAddress(headers);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  // A wrong password is an expected outcome, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Both our sign-in form and a direct POST to /api/auth/callback/credentials land here,
      // so the rate limit lives here too.
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const outcome = await authenticate({ ...parsed.data, ip: clientIp(request.headers) });
        if (outcome.ok) return outcome.user;
        if (outcome.code === 'RATE_LIMITED') throw new RateLimited();
        throw new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    /**
     * Every use of the cookie comes through here (pages, actions, route handlers, /api/auth/session).
     * The cookie is signed, so it cannot be edited, only copied; what ends it is the member's
     * sessionVersion in PostgreSQL moving past the one it was issued with (sign-out, password
     * change, "sign out everywhere"), seen at once by every instance. Returning null makes
     * Auth.js treat the request as signed out and clear the cookie.
     */
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        return token;
      }
      if (typeof token.uid !== 'string' || typeof token.sv !== 'number') return null;
      return (await findSessionVersion(token.uid)) === token.sv ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      return session;
    },
  },
  events: {
    // Runs for our sign-out action and for a direct POST to /api/auth/signout alike.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.uid === 'string' && typeof token.sv === 'number') await revokeSessions(token.uid, { sessionVersion: token.sv });
    },
  },
});
