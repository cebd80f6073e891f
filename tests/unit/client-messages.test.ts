import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickClientMessages, type ClientScope } from '@/i18n/client-namespaces';
import zh from '@/messages/zh-CN.json';

// Reads the app's modules as the bundler would: from a group's route files along every import.
// From a 'use client' module on, everything imported runs in the browser, and its
// useTranslations('ns') needs `ns` in the browser's messages. A 'use server' module runs on the
// server, but the components it renders (a page's personal island) run in the browser.
const ROOT = path.resolve(__dirname, '../..');
const EXTENSIONS = ['', '.tsx', '.ts', '/index.tsx', '/index.ts'];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
const TRANSLATIONS = /useTranslations\(([^)]*)\)/g;

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (/\.(tsx?)$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

type Module = { directive: string | undefined; translations: string[]; imports: string[] };
const modules = new Map<string, Module>();
/** A module's directive, useTranslations arguments and resolved imports, read once. */
function read(file: string): Module {
  let m = modules.get(file);
  if (!m) {
    const source = fs.readFileSync(file, 'utf8');
    m = {
      directive: /^\s*(?:\/\/[^\n]*\n\s*)*['"]use (client|server)['"]/.exec(source)?.[1],
      translations: [...source.matchAll(TRANSLATIONS)].map((x) => x[1]),
      imports: [...source.matchAll(IMPORT)].map((x) => resolve(file, x[1] ?? x[2] ?? x[3])).filter((f): f is string => !!f),
    };
    modules.set(file, m);
  }
  return m;
}

/** The namespaces the browser needs for these entry files, and any call that names none. */
function scan(entries: string[]) {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const unnamed: string[] = [];
  const visit = (file: string, inBrowser: boolean) => {
    if (seen.has(`${file}:${inBrowser}`)) return;
    seen.add(`${file}:${inBrowser}`);
    const { directive, translations, imports } = read(file);
    const browser = directive === 'server' ? false : inBrowser || directive === 'client';
    if (browser) {
      for (const arg of translations) {
        const literal = /^\s*['"]([\w.]+)['"]\s*$/.exec(arg);
        if (literal) namespaces.add(literal[1].split('.')[0]);
        else unnamed.push(`${path.relative(ROOT, file)}: useTranslations(${arg})`);
      }
    }
    for (const next of imports) visit(next, browser);
  };
  for (const entry of entries) visit(entry, false);
  return { namespaces: [...namespaces].sort(), unnamed };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const LOCALE = path.join(ROOT, 'app/[locale]');
const ENTRIES: Record<ClientScope, string[]> = {
  // Outside the groups: the root layout and the error, not-found and catch-all pages it wraps.
  root: [...['layout.tsx', 'error.tsx', 'not-found.tsx'].map((f) => path.join(LOCALE, f)), ...filesUnder(path.join(LOCALE, '[...rest]'))].filter((f) => fs.existsSync(f)),
  public: filesUnder(path.join(LOCALE, '(public)')),
  members: filesUnder(path.join(LOCALE, '(members)')),
  app: filesUnder(path.join(LOCALE, '(app)')),
};

describe('the messages each part of the app hands to the browser', () => {
  for (const scope of Object.keys(ENTRIES) as ClientScope[]) {
    it(`are exactly the namespaces the client components of ${scope} use`, () => {
      const { namespaces, unnamed } = scan(ENTRIES[scope]);
      expect(unnamed, 'a client useTranslations() must name its namespace').toEqual([]);
      // The root's are in every group's list: a group's provider replaces the root's.
      const expected = scope === 'root' ? namespaces : [...new Set([...namespaces, ...CLIENT_NAMESPACES.root])].sort();
      expect([...CLIENT_NAMESPACES[scope]].sort()).toEqual(expected);
    });
  }

  it('finds what it should: the desk picker’s and the header’s namespaces, each where it is used', () => {
    expect(scan(ENTRIES.app).namespaces).toContain('deskPick');
    expect(scan(ENTRIES.public).namespaces).not.toContain('deskPick');
    expect(scan(ENTRIES.root).namespaces).toContain('siteHeader');
  });

  it('names only namespaces the catalog has, and the public pages get well under half of it', () => {
    for (const list of Object.values(CLIENT_NAMESPACES)) for (const ns of list) expect(Object.keys(zh), ns).toContain(ns);
    const size = (m: Record<string, unknown>) => JSON.stringify(m).length;
    expect(size(pickClientMessages(zh, 'public'))).toBeLessThan(size(zh) / 2);
  });
});
