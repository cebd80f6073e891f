/** Where an audited object lives in the app, by its type; null when it has no page of its own. */
export function auditObjectHref(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case 'User':
      return `/operate/members/${entityId}`;
    case 'Event':
      return `/operate/events/${entityId}`;
    case 'Resource':
      return `/operate/resources/${entityId}`;
    case 'Space':
      return '/operate/space';
    case 'Certification':
      return '/operate/certifications';
    case 'Campaign':
      return `/campaigns/${entityId}`;
    case 'Project':
      return `/projects/${entityId}`;
    case 'Task':
      return `/tasks/${entityId}`;
    case 'IntakeRound':
      return `/admissions/${entityId}`;
    case 'Application':
      return `/admissions/applications/${entityId}`;
    case 'Payout':
      return '/operate/payouts?status=PAID';
    case 'TaskSubmission':
      return '/tasks/operations';
    case 'Booking':
      return '/operate';
    case 'EventRegistration':
      return '/operate/events';
    default:
      return null;
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The fields an entry changed, each with its value before and after (either may be missing). */
export function auditChanges(before: unknown, after: unknown): { key: string; before?: string; after?: string }[] {
  const obj = (v: unknown): Record<string, Json> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : null);
  const show = (v: Json | undefined) => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
  const b = obj(before);
  const a = obj(after);
  if (!b && !a) {
    // Entries whose value is a list or a scalar (opening hours) show as one change.
    if (before == null && after == null) return [];
    return [{ key: '', before: show(before as Json | undefined), after: show(after as Json | undefined) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({ key, before: show(b?.[key]), after: show(a?.[key]) }));
}
