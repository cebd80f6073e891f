import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { MemberSearch, MemberStatus } from './schemas';
import { containsText, emailContains } from '@/lib/search';

/** Anonymised accounts keep their row with an address under this domain (lib/accounts/deletion-service.ts). */
const DELETED_DOMAIN = '@deleted.invalid';

export type StaffMemberRow = {
  id: string;
  name: string;
  email: string;
  organization: string;
  createdAt: Date;
  roles: Role[];
  status: MemberStatus;
};

const SELECT = {
  id: true,
  name: true,
  email: true,
  organization: true,
  createdAt: true,
  roles: { select: { role: true } },
  verifiedEmail: { select: { email: true } },
} as const;

type Selected = Prisma.UserGetPayload<{ select: typeof SELECT }>;

function statusOf(u: Selected): MemberStatus {
  if (u.email.endsWith(DELETED_DOMAIN)) return 'DELETED';
  return u.verifiedEmail ? 'ACTIVE' : 'UNVERIFIED';
}

const toRow = (u: Selected): StaffMemberRow => ({
  id: u.id,
  name: u.name,
  email: u.email,
  organization: u.organization,
  createdAt: u.createdAt,
  roles: u.roles.map((r) => r.role).sort(),
  status: statusOf(u),
});

/** The filter of /operate/members and its export. */
export function memberWhere(filter: Pick<MemberSearch, 'q' | 'role' | 'status'>): Prisma.UserWhereInput {
  const q = filter.q?.trim();
  const and: Prisma.UserWhereInput[] = [];
  if (q) and.push({ OR: [{ name: containsText(q) }, { email: emailContains(q) }, { organization: containsText(q) }] });
  if (filter.role === 'NONE') and.push({ roles: { none: {} } });
  else if (filter.role) and.push({ roles: { some: { role: filter.role } } });
  if (filter.status === 'DELETED') and.push({ email: { endsWith: DELETED_DOMAIN } });
  if (filter.status === 'ACTIVE') and.push({ NOT: { email: { endsWith: DELETED_DOMAIN } }, verifiedEmail: { isNot: null } });
  if (filter.status === 'UNVERIFIED') and.push({ NOT: { email: { endsWith: DELETED_DOMAIN } }, verifiedEmail: { is: null } });
  return and.length ? { AND: and } : {};
}

/** A keyset batch of members, newest first, after the member `afterId`. */
export async function findMemberBatch(where: Prisma.UserWhereInput, afterId: string | null, take: number): Promise<StaffMemberRow[]> {
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
    select: SELECT,
  });
  return rows.map(toRow);
}

/** /operate/members: staff search every member by name, e-mail or organisation, filter by role and status. */
export async function listMembersForStaff(actor: Actor, search: MemberSearch): Promise<{ items: StaffMemberRow[]; nextCursor: string | null }> {
  assertCan(actor, 'space:operate');
  const rows = await findMemberBatch(memberWhere(search), search.cursor ?? null, search.limit + 1);
  const items = rows.slice(0, search.limit);
  return { items, nextCursor: rows.length > search.limit ? items[items.length - 1].id : null };
}

/** One member as staff see them: roles, certifications, recent bookings and no-shows, projects. */
export async function findMemberForStaff(actor: Actor, userId: string) {
  assertCan(actor, 'space:operate');
  const user = await db.user.findUnique({ where: { id: userId }, select: SELECT });
  if (!user) return null;
  const [certifications, allCertifications, bookings, noShows, bookingCount, projects] = await Promise.all([
    db.userCertification.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, certification: { select: { id: true, name: true } }, grantedBy: { select: { name: true } } },
    }),
    db.certification.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.booking.findMany({
      where: { userId },
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, startsAt: true, endsAt: true, status: true, resource: { select: { name: true, space: { select: { timeZone: true } } } } },
    }),
    db.booking.count({ where: { userId, status: 'NO_SHOW' } }),
    db.booking.count({ where: { userId } }),
    db.projectMember.findMany({
      where: { userId },
      orderBy: { project: { name: 'asc' } },
      select: { role: true, project: { select: { id: true, name: true, stage: true, incubation: true, visibility: true } } },
    }),
  ]);
  return { member: toRow(user), certifications, allCertifications, bookings, noShows, bookingCount, projects };
}

/** Whether staff may open this member's page (every member exists for staff; a bad id does not). */
export async function memberExistsForStaff(actor: Actor, userId: string): Promise<boolean> {
  assertCan(actor, 'space:operate');
  return (await db.user.count({ where: { id: userId } })) === 1;
}
