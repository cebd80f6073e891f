import type { RoleRequestStatus } from '@/lib/generated/prisma/enums';

/** The only transitions a role request knows. */
export const ROLE_REQUEST_TRANSITIONS: Record<RoleRequestStatus, readonly RoleRequestStatus[]> = {
  PENDING: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
};

export function canDecide(status: RoleRequestStatus): boolean {
  return ROLE_REQUEST_TRANSITIONS[status].length > 0;
}
