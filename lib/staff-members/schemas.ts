import { z } from 'zod';
import { ALL_ROLES } from '@/lib/auth/permissions';
import { cursorParam, enumParam, limitParam, textParam } from '@/lib/validation';

/** A member is ACTIVE (e-mail verified), UNVERIFIED, or DELETED (the account was anonymised). */
export const MEMBER_STATUSES = ['ACTIVE', 'UNVERIFIED', 'DELETED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** `role=NONE`: members holding no role at all. */
export const MEMBER_ROLE_FILTERS = [...ALL_ROLES, 'NONE'] as const;

/** /operate/members and its export read the same parameters. */
export const memberSearchSchema = z.object({
  q: textParam(100),
  role: enumParam(MEMBER_ROLE_FILTERS),
  status: enumParam(MEMBER_STATUSES),
  cursor: cursorParam(64),
  limit: limitParam(25),
});
export type MemberSearch = z.infer<typeof memberSearchSchema>;
