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

// Every page and component: money and times come from lib/format.ts only, in the zone passed to it
// (the space's), so "CN¥1,500" or "Dec 4, 2026, 12:00 PM" on next-intl's fixed clock cannot creep
// back next to "¥1,500" and "12月4日（周五）12:00". next-intl's formatter stays for numbers and
// relative times ("3 分钟前"), which the patterns below leave alone.
const DIRS = ['app', 'components'];

const FORBIDDEN: [RegExp, string][] = [
  [/style:\s*'currency'/, 'a currency format of its own (formatMoney)'],
  [/\bformat\.dateTime(?:Range)?\(/, "next-intl's date format (formatDateTime, formatRange)"],
  [/dateStyle:|timeStyle:/, 'a locale date style (formatDateTime)'],
  [/\{\s*tz\s*\}\s*\)|tz:\s*p\.timeZone\b/, 'an IANA zone id in the text (formatZone)'],
];

describe('the house style on every page and component', () => {
  it('formats money, dates and zones only through lib/format', () => {
    const files = DIRS.flatMap((d) => sourceFiles(path.resolve(d)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => {
      const src = fs.readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([re]) => re.test(src)).map(([, what]) => `${path.relative(process.cwd(), file)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
