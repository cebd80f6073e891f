import type { RoleRequestStatus } from '@/lib/generated/prisma/enums';
import { isFinal } from '@/lib/state-machine';

/** The only transitions a role request knows. */
export const ROLE_REQUEST_TRANSITIONS = {
  PENDING: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
} satisfies Record<RoleRequestStatus, readonly RoleRequestStatus[]>;

export function canDecide(status: RoleRequestStatus): boolean {
  return !isFinal(ROLE_REQUEST_TRANSITIONS, status);
}
