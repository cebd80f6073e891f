import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { ConsentKind } from '@/lib/generated/prisma/enums';
import { CONSENT_VERSIONS } from './legal';

/** The consents given on the sign-up form, for a nested create on the new user. */
export function signUpConsentRows(input: { leaderboard?: boolean; publicProfile?: boolean }, now = new Date()) {
  const kinds: ConsentKind[] = ['TERMS', 'PRIVACY'];
  if (input.leaderboard) kinds.push('LEADERBOARD');
  if (input.publicProfile) kinds.push('PUBLIC_PROFILE');
  return kinds.map((kind) => ({ kind, version: CONSENT_VERSIONS[kind], grantedAt: now }));
}

/**
 * Grants or revokes one consent. The member's row lock orders concurrent toggles of one member;
 * the partial unique index keeps at most one active grant whatever happens.
 */
export async function setConsent(tx: Tx, userId: string, kind: ConsentKind, granted: boolean, now = new Date()): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (granted) {
    const active = await tx.consent.findFirst({ where: { userId, kind, revokedAt: null }, select: { version: true } });
    if (active?.version === CONSENT_VERSIONS[kind]) return;
    if (active) await tx.consent.updateMany({ where: { userId, kind, revokedAt: null }, data: { revokedAt: now } });
    await tx.consent.create({ data: { userId, kind, version: CONSENT_VERSIONS[kind], grantedAt: now } });
  } else {
    await tx.consent.updateMany({ where: { userId, kind, revokedAt: null }, data: { revokedAt: now } });
  }
}

export async function hasConsent(tx: Tx, userId: string, kind: ConsentKind): Promise<boolean> {
  return (await tx.consent.count({ where: { userId, kind, revokedAt: null } })) > 0;
}

/** The member shows or hides their public contribution page (a separate, revocable consent). */
export async function setPublicProfileConsent(actor: { id: string }, granted: boolean): Promise<void> {
  await db.$transaction((tx) => setConsent(tx, actor.id, 'PUBLIC_PROFILE', granted));
}
