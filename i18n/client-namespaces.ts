/**
 * The message namespaces the browser gets, per part of the app: only those its client
 * components use (`useTranslations('ns')` in a 'use client' module or anything one imports).
 * Server components translate on the server and send none. Nested providers replace the
 * messages of the one above, so each group's list includes the root's.
 * tests/unit/client-messages.test.ts reads the components and fails when a list misses a
 * namespace (or holds one nothing uses): add or remove it here.
 */
const ROOT = ['common', 'errorPage', 'nav', 'notifications', 'siteHeader'] as const;

export const CLIENT_NAMESPACES = {
  /** The root layout's islands (header, account corner, toaster) and the error and not-found pages. */
  root: ROOT,
  /** app/[locale]/(public): the public pages, their personal islands and the auth pages. */
  public: [...ROOT, 'accounts', 'auth', 'campaigns', 'errors', 'homeNext', 'moderation', 'participate', 'pledges', 'tasks', 'validation'],
  /** app/[locale]/(members): the members' views of things not public. */
  members: [...ROOT, 'campaigns', 'errors', 'moderation', 'pledges', 'tasks', 'validation'],
  /** app/[locale]/(app): the signed-in area and the console. */
  app: [
    ...ROOT,
    'accounts', 'admissions', 'bookings', 'calendar', 'campaigns', 'checkout', 'console', 'deskPick', 'errors', 'events', 'faults', 'media', 'mentoring',
    'mentoringBooking', 'moderation', 'operate', 'participate', 'pledges', 'points', 'profile', 'projects', 'ratings', 'reminders', 'resources',
    'roleRequests', 'roles', 'staffMembers', 'tasks', 'tokens', 'users', 'validation',
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;

/** The namespaces of `scope` out of the whole catalog. */
export function pickClientMessages(messages: Record<string, unknown>, scope: ClientScope): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES[scope].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
