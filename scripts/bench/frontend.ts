/**
 * First-load JavaScript per route, read off the production server's HTML: every script the
 * page loads before it is interactive, gzipped (level 9) from the build output in .next/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Weight = { route: string; scripts: number; rawKb: number; gzipKb: number };

const gzCache = new Map<string, { raw: number; gz: number }>();

function size(file: string) {
  let s = gzCache.get(file);
  if (!s) {
    const buf = fs.readFileSync(file);
    s = { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    gzCache.set(file, s);
  }
  return s;
}

export async function firstLoadJs(base: string, route: string, path_: string, headers: Record<string, string> = {}): Promise<Weight> {
  const html = await (await fetch(base + path_, { headers })).text();
  // Scripts marked nomodule (Next's polyfills for old browsers) are skipped by every browser
  // that runs modules, so they are not part of what a current browser loads.
  const srcs = new Set([...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]));
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const rel = decodeURIComponent(new URL(src, base).pathname).replace(/^\/_next\//, '');
    const file = path.join('.next', rel);
    if (!fs.existsSync(file)) continue;
    const s = size(file);
    raw += s.raw;
    gz += s.gz;
  }
  return { route, scripts: srcs.size, rawKb: Math.round(raw / 102.4) / 10, gzipKb: Math.round(gz / 102.4) / 10 };
}
