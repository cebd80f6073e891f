import type { Permission } from '@/lib/auth/permissions';

/**
 * Top navigation as data: an item shows when the member may open it (same table the server
 * checks). Staff tools are one entry, the operator console; its sidebar lists the rest.
 * Order is priority: when the header runs out of room, the last items move into "More".
 */
export type NavItem = { href: string; label: NavLabel; signedIn?: boolean; permission?: Permission };
export type NavLabel = 'dashboard' | 'projects' | 'campaigns' | 'tasks' | 'events' | 'participate' | 'bookings' | 'mentors' | 'leaderboard' | 'console';

export const NAV_ITEMS: NavItem[] = [
  { href: '/dashboard', label: 'dashboard', signedIn: true },
  { href: '/projects', label: 'projects' },
  { href: '/campaigns', label: 'campaigns' },
  { href: '/tasks', label: 'tasks' },
  { href: '/events', label: 'events' },
  { href: '/participate', label: 'participate' },
  { href: '/bookings', label: 'bookings', signedIn: true },
  { href: '/mentors', label: 'mentors', signedIn: true },
  { href: '/leaderboard', label: 'leaderboard' },
  { href: '/operate', label: 'console', permission: 'space:operate' },
];

/** The items a visitor sees: what every cached page's header holds. */
export const PUBLIC_NAV_ITEMS = NAV_ITEMS.filter((i) => !i.signedIn && !i.permission);

/** The items of a member (or visitor, `null`), in header order. */
export function navItemsFor(can: (permission: Permission) => boolean, signedIn: boolean): NavItem[] {
  return NAV_ITEMS.filter((i) => (i.permission ? can(i.permission) : i.signedIn ? signedIn : true));
}
