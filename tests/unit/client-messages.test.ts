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
const at = (...parts: string[]) => path.join(LOCALE, ...parts);
const APP_SECTIONS = ['admin', 'admissions', 'bookings', 'checkout', 'dashboard', 'faults', 'mentoring', 'mentors', 'operate', 'participate', 'pledges', 'profile', 'projects', 'ratings', 'settings', 'tasks'] as const;

/**
 * Where each scope's provider sits: a directory (its layout.tsx) or a page. A route file belongs
 * to the scope with the nearest such place above it; the root's is the locale layout.
 */
const PLACES: Record<ClientScope, string[]> = {
  root: [LOCALE],
  'public/home': [at('(public)', 'page.tsx')],
  'public/campaigns': [at('(public)', 'campaigns')],
  'public/projects': [at('(public)', 'projects')],
  'public/events': [at('(public)', 'events')],
  'public/tasks': [at('(public)', 'tasks')],
  'public/participate': [at('(public)', 'participate')],
  'public/accounts': ['sign-in', 'sign-up', 'forgot-password', 'reset-password', 'verify-email', 'privacy'].map((d) => at('(public)', d)),
  members: [at('(members)')],
  app: [at('(app)')],
  ...(Object.fromEntries(APP_SECTIONS.map((s) => [`app/${s}`, [at('(app)', s)]])) as Record<`app/${(typeof APP_SECTIONS)[number]}`, string[]>),
};

const inside = (file: string, place: string) => file === place || file.startsWith(place + path.sep);
const scopes = Object.keys(PLACES) as ClientScope[];
/** The scope a route file belongs to: the one whose place is nearest above it. */
function scopeOf(file: string): ClientScope {
  let best: ClientScope = 'root';
  let depth = -1;
  for (const scope of scopes) for (const place of PLACES[scope]) if (inside(file, place) && place.length > depth) [best, depth] = [scope, place.length];
  return best;
}
/** The scopes whose providers wrap this one's. */
function above(scope: ClientScope): ClientScope[] {
  return scopes.filter((other) => other !== scope && PLACES[scope].some((p) => PLACES[other].some((o) => p !== o && inside(p, o))));
}
const files = filesUnder(LOCALE);

describe('the messages each part of the app hands to the browser', () => {
  for (const scope of scopes) {
    it(`are exactly the namespaces the client components of ${scope} use, beyond those above it`, () => {
      const { namespaces, unnamed } = scan(files.filter((f) => scopeOf(f) === scope));
      expect(unnamed, 'a client useTranslations() must name its namespace').toEqual([]);
      // A section's provider adds its messages to those of the providers above it.
      const given = new Set<string>(above(scope).flatMap((s) => CLIENT_NAMESPACES[s]));
      expect([...CLIENT_NAMESPACES[scope]].sort()).toEqual(namespaces.filter((ns) => !given.has(ns)));
      expect(CLIENT_NAMESPACES[scope].length, 'a scope that adds nothing needs no provider').toBeGreaterThan(0);
    });
  }

  it('are given where the scopes say: each section’s layout (or page) wraps it in its provider', () => {
    for (const scope of scopes.filter((s) => s !== 'root')) {
      for (const place of PLACES[scope]) {
        const file = place.endsWith('.tsx') ? place : path.join(place, 'layout.tsx');
        expect(fs.existsSync(file), `${path.relative(ROOT, file)} exists`).toBe(true);
        expect(fs.readFileSync(file, 'utf8'), `${path.relative(ROOT, file)} wraps its pages in scope ${scope}`).toMatch(new RegExp(`<ClientMessages scope="${scope}"[ >]`));
      }
    }
    for (const file of files) {
      const m = /<ClientMessages scope="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'));
      if (m) expect(PLACES[m[1] as ClientScope] ?? [], `${path.relative(ROOT, file)} is a place of ${m[1]}`).toContain(file.endsWith('layout.tsx') ? path.dirname(file) : file);
    }
  });

  it('finds what it should: the desk picker’s and the header’s namespaces, each where it is used', () => {
    expect(CLIENT_NAMESPACES['app/bookings']).toContain('deskPick');
    expect(scan(files.filter((f) => inside(f, at('(public)')))).namespaces).not.toContain('deskPick');
    expect(CLIENT_NAMESPACES.root).toContain('siteHeader');
  });

  it('names only namespaces the catalog has, and no public page gets a third of it', () => {
    for (const list of Object.values(CLIENT_NAMESPACES)) for (const ns of list) expect(Object.keys(zh), ns).toContain(ns);
    const size = (m: Record<string, unknown>) => JSON.stringify(m).length;
    for (const scope of scopes.filter((s) => s.startsWith('public/'))) {
      expect(size(pickClientMessages(zh, 'root')) + size(pickClientMessages(zh, scope)), scope).toBeLessThan(size(zh) / 3);
    }
  });
});
