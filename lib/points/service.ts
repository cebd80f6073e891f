import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { ok, type ActionResult } from '@/lib/result';
import type { PointsSource } from '@/lib/generated/prisma/enums';
import { setConsent } from '@/lib/accounts/consents-service';

/**
 * Appends one award to the ledger. The unique `sourceKey` makes it exactly-once: a retried or
 * concurrent award with the same key inserts nothing. Returns whether this call wrote the row.
 * `grantorId` names whose task minted the points (the monthly poster -> member cap sums over it).
 */
export async function awardPoints(
  tx: Tx,
  entry: { userId: string; points: number; source: PointsSource; sourceKey: string; note?: string; grantorId?: string; at?: Date },
): Promise<boolean> {
  if (entry.points <= 0) return false;
  const { count } = await tx.pointsEntry.createMany({
    data: [
      {
        userId: entry.userId,
        points: entry.points,
        source: entry.source,
        sourceKey: entry.sourceKey,
        note: entry.note ?? '',
        ...(entry.grantorId ? { grantorId: entry.grantorId } : {}),
        ...(entry.at ? { createdAt: entry.at } : {}),
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}

/** A member's own choice to leave the leaderboards and hide their contribution page. */
export async function setLeaderboardPrivacy(actor: Actor, hide: boolean): Promise<ActionResult> {
  assertCan(actor, 'profile:edit');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { hideFromLeaderboards: hide }, select: { id: true } });
    await setConsent(tx, actor.id, 'LEADERBOARD', !hide);
  });
  return ok();
}
