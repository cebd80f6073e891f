import type { Role } from '@/lib/generated/prisma/enums';

/**
 * What each role may do, as data. Every action and route handler asks `can()`; the navigation
 * asks the same table, so a link is shown exactly when the server would allow the page.
 * A signed-in member with no role holds MEMBER_PERMISSIONS only.
 */
export const MEMBER_PERMISSIONS = [
  'profile:edit',
  'roleRequest:create',
  'apiToken:manage',
  'task:contribute',
  'event:register',
] as const;

export const ROLE_PERMISSIONS = {
  ENTREPRENEUR: ['project:create', 'project:manage-own'],
  MENTOR: ['mentoring:offer'],
  INVESTOR: ['investor:watchlist'],
  OPERATOR: ['roleRequest:review', 'audit:read', 'space:operate', 'task:post-space', 'task:resolve-dispute', 'payout:manage', 'event:manage'],
  ADMIN: ['user:list', 'role:grant', 'roleRequest:review', 'audit:read', 'space:operate', 'task:post-space', 'task:resolve-dispute', 'payout:manage', 'event:manage', 'audit:list', 'rating:decide'],
} as const satisfies Record<Role, readonly string[]>;

export type Permission =
  | (typeof MEMBER_PERMISSIONS)[number]
  | (typeof ROLE_PERMISSIONS)[Role][number];

export type Actor = { id: string; roles: readonly Role[] };

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const set = new Set<Permission>(MEMBER_PERMISSIONS);
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return set;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return permissionsOf(actor.roles).has(permission);
}

/** Roles a member may ask for themselves; an operator decides. */
export const REQUESTABLE_ROLES = ['MENTOR', 'INVESTOR'] as const satisfies readonly Role[];
/** Roles granted straight away at sign-up. */
export const SELF_SERVICE_ROLES = ['ENTREPRENEUR'] as const satisfies readonly Role[];
/** Roles only an ADMIN may grant or revoke. */
export const ALL_ROLES = ['ENTREPRENEUR', 'MENTOR', 'INVESTOR', 'OPERATOR', 'ADMIN'] as const satisfies readonly Role[];

export class ForbiddenError extends Error {
  /**
   * Next.js answers an error with this digest as it answers `notFound()`: a 404 and the
   * not-found page for a page or a server action, instead of a 500. A forged or unauthorized
   * action call is refused like something that is not there ("not yours = not found"); the
   * JSON API maps the class itself to 403 FORBIDDEN.
   */
  readonly digest = 'NEXT_HTTP_ERROR_FALLBACK;404';

  constructor(public readonly permission: string) {
    super(`forbidden: ${permission}`);
    this.name = 'ForbiddenError';
  }
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}
