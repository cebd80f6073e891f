import type { Permission } from '@/lib/auth/permissions';

/**
 * The console's sidebar, as data: one line per page. A link shows when the signed-in staff
 * member holds its permission (the page itself checks again). `inbox` names the inbox queues
 * whose counts the link shows as one badge (lib/console/inbox-queries.ts).
 * Labels are keys of the `console.nav` messages.
 */
export type ConsoleNavItem = { href: string; label: string; permission: Permission; inbox?: readonly string[]; exact?: boolean };
export type ConsoleNavGroup = { label: string; items: readonly ConsoleNavItem[] };

export const CONSOLE_NAV: readonly ConsoleNavGroup[] = [
  {
    label: 'groupInbox',
    items: [
      { href: '/operate', label: 'home', permission: 'space:operate', exact: true },
      { href: '/operate/bookings', label: 'bookings', permission: 'space:operate', inbox: ['bookings'] },
      { href: '/operate/campaigns', label: 'campaigns', permission: 'space:operate', inbox: ['campaigns'] },
      { href: '/operate/role-requests', label: 'roleRequests', permission: 'roleRequest:review', inbox: ['roleRequests'] },
      { href: '/admissions', label: 'admissions', permission: 'space:operate', inbox: ['applications'] },
      { href: '/operate/task-approvals', label: 'taskApprovals', permission: 'task:resolve-dispute', inbox: ['taskApprovals'] },
      { href: '/operate/payouts', label: 'payouts', permission: 'payout:manage', inbox: ['payouts'] },
      { href: '/tasks/operations', label: 'tasks', permission: 'task:resolve-dispute', inbox: ['disputes'] },
      { href: '/operate/faults', label: 'faults', permission: 'space:operate', inbox: ['faults'] },
      { href: '/operate/participation', label: 'participation', permission: 'space:operate', inbox: ['proposals', 'reportedContent'] },
      { href: '/operate/ratings', label: 'ratings', permission: 'space:operate', inbox: ['ratingCases'] },
    ],
  },
  {
    label: 'groupSpace',
    items: [
      { href: '/operate/resources', label: 'resources', permission: 'space:operate' },
      { href: '/operate/maintenance', label: 'maintenance', permission: 'space:operate' },
      { href: '/operate/certifications', label: 'certifications', permission: 'space:operate' },
      { href: '/operate/events', label: 'events', permission: 'event:manage' },
      { href: '/operate/space', label: 'space', permission: 'space:operate' },
      { href: '/operate/calendar', label: 'calendar', permission: 'space:operate' },
    ],
  },
  {
    label: 'groupAdmin',
    items: [
      { href: '/operate/members', label: 'members', permission: 'space:operate' },
      { href: '/operate/exports', label: 'exports', permission: 'space:operate' },
      { href: '/operate/audit', label: 'audit', permission: 'audit:list' },
      { href: '/operate/outbox', label: 'outbox', permission: 'space:operate' },
      { href: '/admin/users', label: 'users', permission: 'user:list' },
    ],
  },
];

/** Whether `pathname` (without the locale) is inside the item's page. */
export function isCurrent(item: Pick<ConsoleNavItem, 'href' | 'exact'>, pathname: string): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
