import type { Permission } from '@/lib/auth/permissions';

/** Top navigation as data: an item shows when the member may open it (same table the server checks). */
export type NavItem = { href: string; label: string; signedIn?: boolean; permission?: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'home' },
  { href: '/dashboard', label: 'dashboard', signedIn: true },
  { href: '/projects', label: 'projects' },
  { href: '/campaigns', label: 'campaigns' },
  { href: '/tasks', label: 'tasks' },
  { href: '/events', label: 'events' },
  { href: '/bookings', label: 'bookings', signedIn: true },
  { href: '/mentors', label: 'mentors', signedIn: true },
  { href: '/leaderboard', label: 'leaderboard' },
  { href: '/operate', label: 'operate', permission: 'space:operate' },
  { href: '/admissions', label: 'admissions', permission: 'space:operate' },
  { href: '/admin/users', label: 'users', permission: 'user:list' },
];
