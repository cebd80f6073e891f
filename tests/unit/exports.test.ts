import { describe, expect, it } from 'vitest';
import { fenToYuanDecimal } from '@/lib/money';
import { localDateTimeText } from '@/lib/time';
import { exportHref } from '@/components/exports/export-buttons';
import { auditChanges, auditObjectHref } from '@/components/audit/object-href';
import { EXPORT_FILTERS } from '@/lib/exports/schemas';

describe('export helpers', () => {
  it('writes fen as an exact yuan decimal, whatever its size or sign', () => {
    expect(fenToYuanDecimal(123_456)).toBe('1234.56');
    expect(fenToYuanDecimal(5)).toBe('0.05');
    expect(fenToYuanDecimal(-5)).toBe('-0.05');
    expect(fenToYuanDecimal(0)).toBe('0.00');
    expect(fenToYuanDecimal(BigInt('900719925474099301'))).toBe('9007199254740993.01');
  });

  it("writes an instant as wall-clock text in the space's zone", () => {
    expect(localDateTimeText(new Date('2026-11-30T16:05:00Z'), 'Asia/Shanghai')).toBe('2026-12-01 00:05');
    expect(localDateTimeText(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01 14:00');
  });

  it('carries the page filter into the export address but not its paging', () => {
    const href = exportHref('members', 'xlsx', 'en', { q: '张', role: 'MENTOR', status: undefined, cursor: 'abc', limit: '10', tag: ['a', 'b'] });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/api/exports/members');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: '张', role: 'MENTOR', format: 'xlsx', locale: 'en' });
    expect(url.searchParams.getAll('tag')).toEqual(['a', 'b']);
    expect(url.searchParams.has('cursor')).toBe(false);
    expect(url.searchParams.has('limit')).toBe(false);
  });

  it('drops a bad filter value and keeps the others', () => {
    expect(EXPORT_FILTERS.bookings.parse({ status: 'EVIL', from: '2026-02-30x', q: ' 张 ' })).toEqual({ q: '张' });
    expect(EXPORT_FILTERS.bookings.parse({ status: ['PENDING', 'x'], from: '2026-02-03' })).toEqual({ status: 'PENDING', from: '2026-02-03' });
  });

  it('lists what an audit entry changed and links its object', () => {
    expect(auditChanges({ roles: ['MENTOR'] }, { roles: ['MENTOR', 'ADMIN'] })).toEqual([{ key: 'roles', before: '["MENTOR"]', after: '["MENTOR","ADMIN"]' }]);
    expect(auditChanges(null, { status: 'OPEN' })).toEqual([{ key: 'status', before: undefined, after: 'OPEN' }]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditObjectHref('User', 'u1')).toBe('/operate/members/u1');
    expect(auditObjectHref('Unknown', 'x')).toBeNull();
  });
});

describe('local day bounds', () => {
  it('reads "24:00" as the next midnight, so a local date range includes its last day', async () => {
    const { zonedInstant } = await import('@/lib/time');
    expect(zonedInstant('2026-05-02', '24:00', 'Asia/Shanghai').toISOString()).toBe('2026-05-02T16:00:00.000Z');
    expect(zonedInstant('2026-12-31', '24:00', 'Asia/Shanghai').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(zonedInstant('0050-03-01', '09:30', 'UTC').toISOString()).toBe('0050-03-01T09:30:00.000Z');
  });
});
