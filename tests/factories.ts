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
