import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// Tasks, bookings and events (cards, pages, the shared date component): money and times come from
// lib/format.ts only, so "CN¥1,500" or "Dec 4, 2026, 12:00 PM" cannot creep back next to "¥1,500".
const DIRS = [
  'components/tasks',
  'components/bookings',
  'components/events',
  'components/campaigns/date-time.tsx',
  'app/[locale]/(public)/tasks',
  'app/[locale]/(public)/events',
  'app/[locale]/(app)/bookings',
];

const FORBIDDEN: [RegExp, string][] = [
  [/style:\s*'currency'/, 'a currency format of its own (formatMoney)'],
  [/\bformat\.dateTime(?:Range)?\(/, "next-intl's date format (formatDateTime, formatRange)"],
  [/dateStyle:|timeStyle:/, 'a locale date style (formatDateTime)'],
  [/\{\s*tz\s*\}\s*\)|tz:\s*p\.timeZone\b/, 'an IANA zone id in the text (formatZone)'],
];

describe('the house style on task, booking and event pages', () => {
  it('formats money, dates and zones only through lib/format', () => {
    const files = DIRS.flatMap((d) => (d.endsWith('.tsx') ? [path.resolve(d)] : sourceFiles(path.resolve(d))));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => {
      const src = fs.readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([re]) => re.test(src)).map(([, what]) => `${path.relative(process.cwd(), file)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
