import 'next-auth';
import '@auth/core/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
  }
  interface User {
    /** Copied into the cookie at sign-in (lib/auth/auth.ts). */
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
