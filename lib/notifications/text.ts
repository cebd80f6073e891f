import { formatFen } from '@/lib/campaigns/money';

/** The placeholders every notification sentence may use; a missing one reads as empty. */
const PLACEHOLDERS = ['title', 'reason', 'message', 'name', 'role', 'decision', 'resource', 'when', 'amount', 'raised', 'goal'] as const;

export type NotificationValues = Record<(typeof PLACEHOLDERS)[number], string>;

/**
 * Stored values -> the sentence's placeholders in the reader's language: `*Fen` numbers become
 * money (`raisedFen` -> `raised`), `startsAt` (ISO, with the space's `timeZone`) becomes `when`.
 * Pure; the in-app list and the e-mail share it.
 */
export function notificationValues(data: unknown, locale: string): NotificationValues {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const values = Object.fromEntries(PLACEHOLDERS.map((k) => [k, ''])) as NotificationValues;
  for (const key of PLACEHOLDERS) {
    const v = d[key];
    if (typeof v === 'string' || typeof v === 'number') values[key] = String(v);
  }
  for (const [key, v] of Object.entries(d)) {
    if (key.endsWith('Fen') && typeof v === 'number') {
      const name = key.slice(0, -3) as keyof NotificationValues;
      if (PLACEHOLDERS.includes(name)) values[name] = formatFen(v, locale);
    }
  }
  if (typeof d.startsAt === 'string' && !Number.isNaN(Date.parse(d.startsAt))) {
    values.when = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(typeof d.timeZone === 'string' ? { timeZone: d.timeZone } : {}),
    }).format(new Date(d.startsAt));
  }
  return values;
}
