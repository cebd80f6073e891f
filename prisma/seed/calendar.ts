import { TZDate } from '@date-fns/tz';

/** The demo space's clock; the seed may name it (everything else reads the space's setting). */
const TZ = 'Asia/Shanghai';

/** "YYYY-MM" of the month `n` months after the current one (Beijing time), for delivery months. */
export function monthAhead(n: number, now = Date.now()): string {
  const local = new TZDate(now, TZ);
  const d = new Date(Date.UTC(local.getFullYear(), local.getMonth() + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "2027 年 4 月" for a "YYYY-MM" month. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y} 年 ${m} 月`;
}

/** "2026 冬季" for an instant: the year and season it falls in, as Chinese campuses name terms. */
export function seasonName(at: Date | number): string {
  const local = new TZDate(typeof at === 'number' ? at : at.getTime(), TZ);
  const m = local.getMonth() + 1;
  const season = m >= 3 && m <= 5 ? '春季' : m >= 6 && m <= 8 ? '夏季' : m >= 9 && m <= 11 ? '秋季' : '冬季';
  // January and February belong to the winter that began in December.
  const year = m <= 2 ? local.getFullYear() - 1 : local.getFullYear();
  return `${year} ${season}`;
}

const CN_MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];

/** "十一月" for an instant, in Beijing time. */
export function chineseMonth(at: Date): string {
  return CN_MONTHS[new TZDate(at.getTime(), TZ).getMonth()];
}
