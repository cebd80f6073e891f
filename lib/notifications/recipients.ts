import 'server-only';
import type { Tx } from '@/lib/db';
import { ROLE_PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

/** The members who work a queue: every holder of a role that grants `permission`. */
export async function membersWith(tx: Tx, permission: Permission): Promise<string[]> {
  const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => (ROLE_PERMISSIONS[r] as readonly string[]).includes(permission));
  const rows = await tx.userRole.findMany({ where: { role: { in: roles } }, select: { userId: true }, distinct: ['userId'] });
  return rows.map((r) => r.userId);
}
