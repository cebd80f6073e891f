import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, isLocalDateTime, localDateKey, monthRange, parseLocalDateTime, toLocalInput, zonedInstant, zoneOf } from '@/lib/time';

describe('the space clock', () => {
  it('reads a datetime-local value as wall time in the space and writes it back the same', () => {
    const d = parseLocalDateTime('2026-11-25T10:00');
    expect(d?.toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(toLocalInput(d!)).toBe('2026-11-25T10:00');
    expect(parseLocalDateTime('2026-07-01T09:30', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(parseLocalDateTime('2026-11-25 10:00')).toBeNull();
  });

  it('reads the years 0001 to 0099 as themselves, not as 1901 to 1999', () => {
    expect(parseLocalDateTime('0050-03-01T10:00', 'UTC')?.toISOString()).toBe('0050-03-01T10:00:00.000Z');
    expect(zonedInstant('0099-12-31', '23:00', 'UTC').toISOString()).toBe('0099-12-31T23:00:00.000Z');
    expect(localDateKey(new Date('0007-05-06T12:00:00Z'), 'UTC')).toBe('0007-05-06');
    expect(isLocalDateTime('2026-11-25T10:00:30')).toBe(true);
    expect(isLocalDateTime('2026-11-25T10:00:00Z')).toBe(false);
  });

  it('puts an instant just after midnight in the space on that local day, and its month', () => {
    const instant = new Date('2026-11-30T16:30:00Z');
    expect(localDateKey(instant)).toBe('2026-12-01');
    expect(monthRange(instant).start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(zonedInstant('2026-12-01', '00:00').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('falls back to the default zone for something without a space', () => {
    expect(zoneOf(null)).toBe(DEFAULT_TIME_ZONE);
    expect(zoneOf({ timeZone: 'Europe/Berlin' })).toBe('Europe/Berlin');
  });
});
