import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/users/queries';

export const TEST_PASSWORD = 'correct-horse-battery';
let cachedHash: Promise<string> | null = null;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@test.zcs.cn`;
}

/** A user with the given roles, returned in the shape services take as their actor. */
export async function createUser(opts: { roles?: Role[]; name?: string; email?: string } = {}): Promise<SessionUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: opts.email ?? uniqueEmail(),
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
  }> = {},
): Promise<{ id: string }> {
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
    },
    select: { id: true },
  });
}
