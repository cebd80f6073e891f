import 'server-only';
import { db } from '@/lib/db';
import { findDownloadableExport, listDataExports } from './export-service';
import { canUseResetToken } from './password-reset-service';
import { findInvitedEmail } from './sign-up-service';

export { findDownloadableExport, canUseResetToken, findInvitedEmail };

/** The account settings page: the member's own address, consents and recent exports. */
export async function findAccountOverview(actor: { id: string }) {
  const [user, consents, exports] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, hideFromLeaderboards: true, verifiedEmail: { select: { email: true } } } }),
    db.consent.findMany({ where: { userId: actor.id, revokedAt: null }, select: { kind: true, version: true, grantedAt: true } }),
    listDataExports(actor),
  ]);
  return {
    email: user.email,
    verified: user.verifiedEmail?.email === user.email,
    consents,
    leaderboard: !user.hideFromLeaderboards,
    publicProfile: consents.some((c) => c.kind === 'PUBLIC_PROFILE'),
    exports,
  };
}
