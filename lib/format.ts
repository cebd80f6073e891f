import { DEFAULT_TIME_ZONE } from '@/lib/time';

/**
 * The house style for amounts and times, one answer per language. Safe in the browser.
 * - Money: "¥1,500" / "¥1,500.50" in every language (never "CN¥"), from integer fen.
 * - Date and time: zh-CN "12月4日（周五）12:00–13:00", en "Fri, Dec 4, 12:00–13:00".
 * - The zone: "北京时间" in Chinese text, "Beijing time" in English, never an IANA id.
 */
const isZh = (locale: string) => locale.startsWith('zh');

/** Number formats for money by language and decimals, built once each (as the date formats below). */
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Integer fen as ¥ with grouping; whole yuan without decimals. */
export function formatMoney(fen: number, locale: string): string {
  const whole = fen % 100 === 0;
  const key = `${isZh(locale) ? 'zh-CN' : 'en-US'}|${whole ? 0 : 2}`;
  let fmt = moneyFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(isZh(locale) ? 'zh-CN' : 'en-US', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    moneyFormats.set(key, fmt);
  }
  const number = fmt.format(Math.abs(fen) / 100);
  return `${fen < 0 ? '-' : ''}¥${number}`;
}

/**
 * Formatters by language, zone and options. Building an Intl formatter costs far more than using
 * one (a week calendar formats hundreds of times per render), and there are only a handful of
 * combinations: each is built once per process.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, tz: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = isZh(locale) ? 'zh-CN' : 'en-US';
  const key = `${tag}|${tz}|${JSON.stringify(opts)}`;
  let fmt = dateFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(tag, { timeZone: tz, ...opts });
    dateFormats.set(key, fmt);
  }
  return fmt;
}

function parts(instant: Date, locale: string, tz: string, opts: Intl.DateTimeFormatOptions) {
  const fmt = dateFormat(locale, tz, opts);
  return Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value])) as Record<string, string>;
}

/** "12月4日（周五）" / "Fri, Dec 4"; the year only when it is not the current one. */
export function formatDay(instant: Date, locale: string, tz: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const p = parts(instant, locale, tz, { year: 'numeric', month: isZh(locale) ? 'numeric' : 'short', day: 'numeric', weekday: 'short' });
  const thisYear = parts(now, locale, tz, { year: 'numeric' }).year;
  const year = p.year !== thisYear;
  if (isZh(locale)) return `${year ? `${p.year}年` : ''}${p.month}月${p.day}日（${p.weekday}）`;
  return `${p.weekday}, ${p.month} ${p.day}${year ? `, ${p.year}` : ''}`;
}

/** "12:00" on a 24-hour clock, in both languages. */
export function formatTime(instant: Date, locale: string, tz: string = DEFAULT_TIME_ZONE): string {
  const p = parts(instant, locale, tz, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** "12月4日（周五）12:00". */
export function formatDateTime(instant: Date, locale: string, tz: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return `${formatDay(instant, locale, tz, now)}${isZh(locale) ? '' : ', '}${formatTime(instant, locale, tz)}`;
}

/** "12月4日（周五）12:00–13:00"; a range over midnight names both days. */
export function formatRange(start: Date, end: Date, locale: string, tz: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const sameDay = formatDay(start, locale, tz, now) === formatDay(end, locale, tz, now);
  return sameDay ? `${formatDateTime(start, locale, tz, now)}–${formatTime(end, locale, tz)}` : `${formatDateTime(start, locale, tz, now)} – ${formatDateTime(end, locale, tz, now)}`;
}

/** "北京时间" / "Beijing time" for the platform's zone; other zones by their own short name. */
export function formatZone(locale: string, tz: string = DEFAULT_TIME_ZONE): string {
  if (tz === 'Asia/Shanghai') return isZh(locale) ? '北京时间' : 'Beijing time';
  return parts(new Date(), locale, tz, { timeZoneName: 'short' }).timeZoneName ?? tz;
}

/** A month key "2027-03" as "2027年3月" / "Mar 2027". */
export function formatMonth(monthKey: string, locale: string): string {
  const [y, m] = monthKey.split('-').map(Number);
  if (!y || !m) return monthKey;
  if (isZh(locale)) return `${y}年${m}月`;
  return new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

const WEEKDAYS = { zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

/**
 * Weekly opening hours (Monday first) in a line: "周一至周五 08:00–22:00 · 周六、周日 09:00–18:00".
 * Runs of days with the same hours are joined; closed days are left out.
 */
export function formatOpeningHours(hours: ({ open: string; close: string } | null)[], locale: string): string {
  const names = isZh(locale) ? WEEKDAYS.zh : WEEKDAYS.en;
  const groups: { from: number; to: number; text: string }[] = [];
  hours.slice(0, 7).forEach((h, i) => {
    if (!h) return;
    const text = `${h.open}–${h.close}`;
    const last = groups[groups.length - 1];
    if (last && last.to === i - 1 && last.text === text) last.to = i;
    else groups.push({ from: i, to: i, text });
  });
  const span = (g: { from: number; to: number }) => {
    if (g.from === g.to) return names[g.from];
    if (g.to === g.from + 1) return isZh(locale) ? `${names[g.from]}、${names[g.to]}` : `${names[g.from]}, ${names[g.to]}`;
    return isZh(locale) ? `${names[g.from]}至${names[g.to]}` : `${names[g.from]}–${names[g.to]}`;
  };
  if (groups.length === 1 && groups[0].from === 0 && groups[0].to === 6) return `${isZh(locale) ? '每天' : 'Daily'} ${groups[0].text}`;
  return groups.map((g) => `${span(g)} ${g.text}`).join(' · ');
}
