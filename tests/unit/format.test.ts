import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatMonth, formatOpeningHours, formatRange, formatZone } from '@/lib/format';

const now = new Date('2026-12-01T00:00:00Z');

describe('the house style for money and time', () => {
  it('writes one currency format in both languages, never "CN¥"', () => {
    expect(formatMoney(150_000, 'zh-CN')).toBe('¥1,500');
    expect(formatMoney(150_000, 'en')).toBe('¥1,500');
    expect(formatMoney(5_131_950, 'zh-CN')).toBe('¥51,319.50');
    expect(formatMoney(-1_000, 'en')).toBe('-¥10');
  });

  it('writes a range as "12月4日（周五）12:00–13:00" in Beijing time, and names the zone in words', () => {
    const start = new Date('2026-12-04T04:00:00Z');
    const end = new Date('2026-12-04T05:00:00Z');
    expect(formatRange(start, end, 'zh-CN', 'Asia/Shanghai', now)).toBe('12月4日（周五）12:00–13:00');
    expect(formatRange(start, end, 'en', 'Asia/Shanghai', now)).toBe('Fri, Dec 4, 12:00–13:00');
    expect(formatZone('zh-CN')).toBe('北京时间');
    expect(formatZone('en')).toBe('Beijing time');
    expect(formatDateTime(new Date('2027-01-05T01:30:00Z'), 'zh-CN', 'Asia/Shanghai', now)).toBe('2027年1月5日（周二）09:30');
  });

  it('writes delivery months and weekly opening hours', () => {
    expect(formatMonth('2027-03', 'zh-CN')).toBe('2027年3月');
    expect(formatMonth('2027-03', 'en')).toBe('Mar 2027');
    const hours = [...Array(5).fill({ open: '08:00', close: '22:00' }), { open: '09:00', close: '18:00' }, { open: '09:00', close: '18:00' }];
    expect(formatOpeningHours(hours, 'zh-CN')).toBe('周一至周五 08:00–22:00 · 周六、周日 09:00–18:00');
    expect(formatOpeningHours(Array(7).fill({ open: '08:00', close: '22:00' }), 'en')).toBe('Daily 08:00–22:00');
    expect(formatOpeningHours([null, ...Array(6).fill({ open: '09:00', close: '17:00' })], 'en')).toBe('Tue–Sun 09:00–17:00');
  });
});
