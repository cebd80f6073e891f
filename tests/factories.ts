import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/users/queries';
import { CONSENT_VERSIONS } from '@/lib/accounts/legal';

export const TEST_PASSWORD = 'correct-horse-battery';
let cachedHash: Promise<string> | null = null;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@test.zcs.cn`;
}

/** A user with the given roles, returned in the shape services take as their actor. */
export async function createUser(opts: { roles?: Role[]; name?: string; email?: string; verified?: boolean; consents?: boolean } = {}): Promise<SessionUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = opts.email ?? uniqueEmail();
  const user = await db.user.create({
    data: {
      // Like the demo accounts: verified, and agreed to the terms and to the public listings
      // (leaderboard, contribution page), unless a test says otherwise.
      ...(opts.verified === false ? {} : { verifiedEmail: { create: { email } } }),
      ...(opts.consents === false ? {} : { consents: { create: (Object.keys(CONSENT_VERSIONS) as (keyof typeof CONSENT_VERSIONS)[]).map((kind) => ({ kind, version: CONSENT_VERSIONS[kind] })) } }),
      email,
      name: opts.name ?? '测试用户',
      passwordHash: await cachedHash,
      roles: { create: (opts.roles ?? []).map((role) => ({ role })) },
    },
    select: { id: true, email: true, name: true, locale: true },
  });
  return { ...user, roles: [...(opts.roles ?? [])].sort() };
}

export function uniqueIp(): string {
  return `test-${randomUUID()}`;
}

// ---- Bookings -------------------------------------------------------------------------------

const ALL_DAY = { open: '08:00', close: '22:00' };

/** A space open every day 08:00-22:00 local unless told otherwise. */
export async function createSpace(opts: { timeZone?: string; openingHours?: ({ open: string; close: string } | null)[] } = {}) {
  return db.space.create({
    data: { name: `测试空间 ${randomUUID().slice(0, 6)}`, timeZone: opts.timeZone ?? 'Asia/Shanghai', openingHours: opts.openingHours ?? Array(7).fill(ALL_DAY) },
  });
}

/** A resource with permissive rules; override any of them. */
export async function createResource(
  opts: Partial<{
    spaceId: string;
    kind: 'HOT_DESK' | 'FIXED_DESK' | 'MEETING_ROOM' | 'EQUIPMENT' | 'WORKSHOP_AREA';
    name: string;
    zone: string;
    active: boolean;
    slotMinutes: number;
    minMinutes: number;
    maxMinutes: number;
    noticeMinutes: number;
    horizonDays: number;
    bufferMinutes: number;
    requiresApproval: boolean;
    requiredCertificationId: string;
    weeklyQuotaHours: number;
  }> = {},
) {
  const spaceId = opts.spaceId ?? (await createSpace()).id;
  return db.resource.create({
    data: {
      kind: 'MEETING_ROOM',
      name: `资源 ${randomUUID().slice(0, 6)}`,
      slotMinutes: 30,
      minMinutes: 30,
      maxMinutes: 240,
      noticeMinutes: 0,
      horizonDays: 30,
      bufferMinutes: 0,
      requiresApproval: false,
      ...opts,
      spaceId,
    },
    include: { space: true },
  });
}

/** A project owned by `owner` (an ENTREPRENEUR), with sensible defaults. */
export async function createProject(
  owner: SessionUser,
  overrides: Partial<{ name: string; pitch: string; description: string; visibility: 'PUBLIC' | 'MEMBERS' | 'PRIVATE'; sectors: string[]; stage: 'IDEA' | 'PROTOTYPE' | 'MVP' | 'GROWTH' }> = {},
): Promise<{ id: string }> {
  return db.project.create({
    data: {
      name: overrides.name ?? `测试项目 ${randomUUID().slice(0, 6)}`,
      pitch: overrides.pitch ?? '一句话介绍',
      description: overrides.description ?? '',
      visibility: overrides.visibility ?? 'PUBLIC',
      sectors: overrides.sectors ?? ['EDTECH'],
      stage: overrides.stage ?? 'IDEA',
      members: { create: { userId: owner.id, role: 'OWNER' } },
    },
    select: { id: true },
  });
}

/** An intake round open from yesterday to next month, with two criteria and one question. */
export async function createOpenRound(): Promise<{ id: string; criteria: { id: string }[] }> {
  const now = Date.now();
  return db.intakeRound.create({
    data: {
      name: `测试批次 ${randomUUID().slice(0, 6)}`,
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 30 * 86_400_000),
      questions: ['你们要解决什么问题？'],
      criteria: { create: [{ label: '团队', position: 0 }, { label: '市场', position: 1 }] },
    },
    select: { id: true, criteria: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
}

/** A campaign of a new project of `owner`, LIVE for a week unless told otherwise. */
export async function createCampaign(
  owner: SessionUser,
  overrides: Partial<{
    status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'LIVE' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
    goalFen: number;
    minPledgeFen: number;
    startsAt: Date;
    endsAt: Date;
    tiers: { title: string; amountFen: number; quantity?: number | null; shipsPhysical?: boolean }[];
  }> = {},
): Promise<{ id: string; projectId: string; tiers: { id: string; amountFen: number; quantity: number | null }[] }> {
  const project = await createProject(owner);
  const status = overrides.status ?? 'LIVE';
  const dated = !['DRAFT', 'SUBMITTED'].includes(status) || overrides.endsAt;
  const startsAt = overrides.startsAt ?? new Date(Date.now() - 86_400_000);
  return db.campaign.create({
    data: {
      projectId: project.id,
      createdById: owner.id,
      title: `测试众筹 ${randomUUID().slice(0, 6)}`,
      story: '故事',
      goalFen: overrides.goalFen ?? 1_000_000,
      minPledgeFen: overrides.minPledgeFen ?? 100,
      durationDays: 30,
      status,
      ...(dated ? { startsAt, endsAt: overrides.endsAt ?? new Date(Date.now() + 7 * 86_400_000) } : {}),
      tiers: { create: (overrides.tiers ?? [{ title: '早鸟', amountFen: 9_900, quantity: 10 }]).map((t, position) => ({ title: t.title, amountFen: t.amountFen, quantity: t.quantity ?? null, shipsPhysical: t.shipsPhysical ?? false, position })) },
    },
    select: { id: true, projectId: true, tiers: { orderBy: { position: 'asc' }, select: { id: true, amountFen: true, quantity: true } } },
  });
}

/** A published task with sensible defaults (operator-posted unless a projectId is given). */
export async function createTask(
  poster: SessionUser,
  overrides: Partial<{
    title: string;
    slots: number;
    rewardPoints: number;
    bountyFen: number;
    mode: 'REVIEW' | 'FIRST_COME';
    status: 'DRAFT' | 'OPEN';
    deadline: Date;
    skills: string[];
    category: 'DESIGN' | 'SOFTWARE' | 'HARDWARE' | 'RESEARCH' | 'MARKETING' | 'COMMUNITY_SERVICE' | 'OTHER';
    location: 'REMOTE' | 'ONSITE';
    projectId: string;
    approvedById: string;
  }> = {},
): Promise<{ id: string }> {
  // A published task with a bounty or many points needs another operator's approval (a trigger
  // checks it): the factory records one, as the approval step would have.
  const needsApprover = (overrides.status ?? 'OPEN') !== 'DRAFT' && ((overrides.bountyFen ?? 0) > 0 || (overrides.rewardPoints ?? 50) > 200);
  const approvedById = overrides.approvedById ?? (needsApprover ? (await createUser({ roles: ['OPERATOR'] })).id : undefined);
  return db.task.create({
    data: {
      title: overrides.title ?? `测试任务 ${randomUUID().slice(0, 6)}`,
      category: overrides.category ?? 'DESIGN',
      skills: overrides.skills ?? [],
      rewardPoints: overrides.rewardPoints ?? 50,
      bountyFen: overrides.bountyFen ?? 0,
      slots: overrides.slots ?? 1,
      mode: overrides.mode ?? 'REVIEW',
      location: overrides.location ?? 'REMOTE',
      status: overrides.status ?? 'OPEN',
      deadline: overrides.deadline ?? new Date(Date.now() + 7 * 86_400_000),
      postedById: poster.id,
      ...(overrides.projectId ? { projectId: overrides.projectId } : {}),
      ...(approvedById ? { approvedById, approvedAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

/** An event organized by `organizer`, PUBLISHED and starting in a week unless told otherwise. */
export async function createEvent(
  organizer: SessionUser,
  overrides: Partial<{
    title: string;
    kind: 'TRAINING' | 'WORKSHOP' | 'TALK' | 'DEMO_DAY' | 'HACKATHON' | 'MEETUP';
    status: 'DRAFT' | 'PUBLISHED' | 'CANCELLED';
    startsAt: Date;
    endsAt: Date;
    capacity: number | null;
    spaceId: string;
    certificationId: string;
  }> = {},
): Promise<{ id: string; spaceId: string | null }> {
  const spaceId = overrides.spaceId ?? (await createSpace()).id;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  return db.event.create({
    data: {
      title: overrides.title ?? `测试活动 ${randomUUID().slice(0, 6)}`,
      kind: overrides.kind ?? 'WORKSHOP',
      status: overrides.status ?? 'PUBLISHED',
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000),
      capacity: overrides.capacity === undefined ? 20 : overrides.capacity,
      spaceId,
      organizerId: organizer.id,
      ...(overrides.status === 'CANCELLED' ? { cancelReason: '测试取消' } : {}),
      ...(overrides.certificationId ? { certificationId: overrides.certificationId } : {}),
    },
    select: { id: true, spaceId: true },
  });
}
