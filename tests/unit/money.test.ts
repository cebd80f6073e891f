import { describe, expect, it } from 'vitest';
import { MAX_FEN, parseYuanToFen, yuanField } from '@/lib/money';
import { taskSchema } from '@/lib/tasks/schemas';

describe('yuan from a form into integer fen', () => {
  it('reads grouping, a currency sign and one or two decimals without a float', () => {
    expect(parseYuanToFen('1,234.5')).toBe(123450);
    expect(parseYuanToFen('¥12')).toBe(1200);
    expect(parseYuanToFen('￥ 19.99')).toBe(1999);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('1，299.00')).toBe(129900);
    expect(parseYuanToFen('0.29')).toBe(29);
  });

  it('refuses more than two decimals instead of rounding', () => {
    expect(parseYuanToFen('12.345')).toBeNull();
    expect(parseYuanToFen('0.001')).toBeNull();
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '1e3', '12.', '.5', '1.2.3', 'NaN']) expect([bad, parseYuanToFen(bad)]).toEqual([bad, null]);
  });

  it('refuses an amount beyond the largest fen column value, however long', () => {
    expect(parseYuanToFen(String(MAX_FEN / 100).replace(/(\.\d\d)\d*$/, '$1'))).toBe(2147483647);
    expect(parseYuanToFen('21474836.48')).toBeNull();
    expect(parseYuanToFen('9'.repeat(40))).toBeNull();
  });

  it('gives a field error, never an exception, through the shared zod field', () => {
    const field = yuanField({ invalid: 'amountInvalid', tooHigh: 'tooHigh', max: 100_00 });
    expect(field.safeParse('99.5')).toMatchObject({ success: true, data: 9950 });
    expect(field.safeParse('100.01').error?.issues[0].message).toBe('tooHigh');
    expect(field.safeParse('1.005').error?.issues[0].message).toBe('amountInvalid');
    expect(field.safeParse('0').error?.issues[0].message).toBe('amountInvalid');
    expect(field.safeParse('').error?.issues[0].message).toBe('required');
  });

  it('stores a task bounty of 19.99 yuan as 1999 fen and refuses three decimals', () => {
    const base = { title: '设计海报', category: 'DESIGN', deadline: '2099-01-01T10:00', rewardPoints: '0' };
    expect(taskSchema.parse({ ...base, bountyYuan: '19.99' }).bountyFen).toBe(1999);
    expect(taskSchema.safeParse({ ...base, bountyYuan: '19.999' }).success).toBe(false);
    expect(taskSchema.safeParse({ ...base, bountyYuan: '100000.01' }).error?.issues[0].message).toBe('taskBountyTooHigh');
  });
});
