import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';

/**
 * The investor's requests. The owner's e-mail is selected only for ACCEPTED ones: the
 * contact is revealed by the acceptance, never before.
 */
export async function listMyIntroductions(actor: Actor) {
  const rows = await db.introductionRequest.findMany({
    where: { investorId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: {
      id: true, ticketFen: true, status: true, createdAt: true,
      project: { select: { id: true, name: true, members: { where: { role: 'OWNER' }, select: { user: { select: { name: true, email: true } } } } } },
    },
  });
  return rows.map(({ project: { members, ...project }, ...r }) => ({
    ...r,
    project,
    contact: r.status === 'ACCEPTED' ? (members[0]?.user ?? null) : null,
  }));
}

/** Requests to the projects the member owns; the investor's e-mail only once accepted. */
export async function listIntroductionsForOwner(actor: Actor) {
  const rows = await db.introductionRequest.findMany({
    where: { project: { members: { some: { userId: actor.id, role: 'OWNER' } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: {
      id: true, ticketFen: true, message: true, status: true, createdAt: true,
      project: { select: { id: true, name: true } },
      investor: { select: { name: true, organization: true, email: true } },
    },
  });
  return rows.map(({ investor: { email, ...investor }, ...r }) => ({ ...r, investor: { ...investor, email: r.status === 'ACCEPTED' ? email : null } }));
}
