/**
 * The message namespaces the browser gets, per section of the app: only those its client
 * components use (`useTranslations('ns')` in a 'use client' module or anything one imports).
 * Server components translate on the server and send none. A section's provider
 * (i18n/client-messages.tsx, in the section's layout or page) adds its list to the lists of the
 * providers above it: the root's (the locale layout) and, in the signed-in area, the app's.
 * tests/unit/client-messages.test.ts reads the components and fails when a list misses a
 * namespace (or holds one nothing uses), and names the layout that must give it.
 */
export const CLIENT_NAMESPACES = {
  /** The root layout's islands (header, account corner, toaster), the error and not-found pages, and every public page that needs nothing more. */
  root: ['common', 'errorPage', 'nav', 'notifications', 'siteHeader'],
  'public/home': ['homeNext'],
  'public/campaigns': ['campaigns', 'errors', 'moderation', 'pledges', 'validation'],
  'public/projects': ['campaigns', 'errors', 'moderation', 'pledges', 'validation'],
  'public/events': ['errors'],
  'public/tasks': ['errors', 'moderation', 'tasks', 'validation'],
  'public/participate': ['errors', 'moderation', 'participate', 'validation'],
  /** Sign-in, sign-up, password reset, e-mail verification, privacy (consents). */
  'public/accounts': ['accounts', 'auth', 'errors', 'validation'],
  /** app/[locale]/(members): the members' views of things not public. */
  members: ['campaigns', 'errors', 'moderation', 'pledges', 'tasks', 'validation'],
  /** The signed-in area's layout; each section below adds its own. */
  app: ['accounts', 'errors'],
  'app/admin': ['roles', 'users'],
  'app/admissions': ['admissions', 'console', 'validation'],
  'app/bookings': ['bookings', 'deskPick', 'ratings', 'resources', 'validation'],
  'app/checkout': ['checkout', 'validation'],
  'app/dashboard': ['campaigns', 'media', 'mentoring', 'mentoringBooking', 'roleRequests', 'roles', 'users', 'validation'],
  'app/faults': ['faults', 'validation'],
  'app/mentoring': ['mentoring', 'mentoringBooking', 'participate', 'validation'],
  'app/mentors': ['mentoring', 'mentoringBooking', 'validation'],
  'app/operate': ['bookings', 'calendar', 'console', 'events', 'faults', 'media', 'moderation', 'operate', 'participate', 'ratings', 'reminders', 'resources', 'roles', 'staffMembers', 'users', 'validation'],
  'app/participate': ['participate', 'validation'],
  'app/pledges': ['campaigns', 'moderation', 'pledges', 'validation'],
  'app/profile': ['media', 'points', 'profile', 'validation'],
  'app/projects': ['admissions', 'media', 'projects', 'validation'],
  'app/ratings': ['ratings', 'validation'],
  'app/settings': ['tokens', 'validation'],
  'app/tasks': ['tasks', 'validation'],
} as const satisfies Record<string, readonly string[]>;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;
/** The scopes a layout or page provides; the root's is the locale layout's own. */
export type SectionScope = Exclude<ClientScope, 'root'>;

/** The namespaces of `scope` out of the whole catalog. */
export function pickClientMessages(messages: Record<string, unknown>, scope: ClientScope): Record<string, unknown> {
  return Object.fromEntries((CLIENT_NAMESPACES[scope] as readonly string[]).filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
