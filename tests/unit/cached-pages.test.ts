import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isCachedPublicPage, publicContentSecurityPolicy } from '@/lib/csp';
import { navItemsFor, PUBLIC_NAV_ITEMS } from '@/lib/navigation/items';
import { can } from '@/lib/auth/permissions';
import { cachedEntryPath, isInternalEntryPath } from '@/lib/cache/entry-pages';

describe('which pages are served from the shared cache', () => {
  it('takes the home page, public campaign and project pages and the terms, in both languages', () => {
    for (const path of ['/', '/en', '/campaigns/abc123', '/en/campaigns/abc123', '/projects/abc123', '/en/projects/abc123', '/events/abc123', '/terms']) expect(isCachedPublicPage(path), path).toBe(true);
  });

  it('takes task and member pages, in both languages, but not the signed-in task pages beside them', () => {
    for (const path of ['/tasks/abc123', '/en/tasks/abc123', '/members/abc123', '/en/members/abc123', '/participate/results', '/service-quality']) expect(isCachedPublicPage(path), path).toBe(true);
    for (const path of ['/tasks/new', '/tasks/mine', '/tasks/operations', '/en/tasks/mine', '/tasks/abc123/view']) expect(isCachedPublicPage(path), path).toBe(false);
  });

  it('leaves signed-in pages, forms and the members-only views to per-request rendering with a nonce', () => {
    for (const path of ['/dashboard', '/sign-in', '/projects/new', '/projects/abc/view', '/projects/abc/manage', '/campaigns/abc/manage', '/en/dashboard', '/operate', '/campaigns', '/api-docs']) {
      expect(isCachedPublicPage(path), path).toBe(false);
    }
  });

  it('keeps every directive of the nonce policy in the cached pages’ policy but the nonce', () => {
    const strict = contentSecurityPolicy('abc', false);
    const open = publicContentSecurityPolicy(false);
    expect(open).not.toContain('nonce');
    expect(open).toContain("script-src 'self' 'unsafe-inline'");
    expect(open.replace(/script-src [^;]+/, '')).toBe(strict.replace(/script-src [^;]+/, ''));
    expect(open).toContain("frame-ancestors 'none'");
  });
});

/** Every cached page, with the layouts and page-local modules it renders through. */
const CACHED_PAGES = [
  'page.tsx',
  'campaigns/[id]/page.tsx',
  'projects/[id]/page.tsx',
  'events/[id]/page.tsx',
  'tasks/[id]/page.tsx',
  'tasks/[id]/layout.tsx',
  'tasks/[id]/task-personal.tsx',
  'members/[id]/page.tsx',
  'members/[id]/layout.tsx',
  'entry/campaigns/page.tsx',
  'entry/projects/page.tsx',
  'entry/events/page.tsx',
  'entry/tasks/page.tsx',
  'entry/leaderboard/page.tsx',
  'entry/participate/page.tsx',
  'participate/consultation-list.tsx',
  'participate/results/page.tsx',
  'service-quality/page.tsx',
  'campaigns/(browse)/campaign-browse.tsx',
  'projects/(gallery)/project-gallery.tsx',
  'events/(list)/event-list.tsx',
  'tasks/(list)/task-board.tsx',
  'leaderboard/leaderboard-view.tsx',
].map((f) => path.join('app', '[locale]', '(public)', f));

describe('the cached pages’ source', () => {
  it('reads no session, cookie or request header in any cached page or what it renders through', () => {
    for (const file of CACHED_PAGES) {
      const source = fs.readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/getCurrentUser|requireUser|\bauth\(\)|cookies\(\)|headers\(\)|searchParams/);
    }
  });

  it('gives every cached page a revalidation time and no prerendered ids, and tags it', () => {
    for (const file of CACHED_PAGES.filter((f) => f.endsWith('page.tsx'))) {
      const source = fs.readFileSync(file, 'utf8');
      expect(source, file).toMatch(/export const revalidate = 300;/);
      expect(source, file).toMatch(/export function generateStaticParams\(\) \{\n  return \[\];/);
      expect(source, file).toMatch(/tagPage\(|cached \/>|cached\s*\/>/);
    }
  });
});

describe('the browse pages’ cached entries', () => {
  it('sends a browse page without a query to its cached entry, in both languages, whoever asks', () => {
    for (const list of ['campaigns', 'projects', 'events', 'tasks', 'leaderboard', 'participate']) {
      expect(cachedEntryPath(`/${list}`, '')).toBe(`/entry/${list}`);
      expect(cachedEntryPath(`/en/${list}`, '')).toBe(`/en/entry/${list}`);
      expect(cachedEntryPath(`/${list}/`, '?')).toBe(`/entry/${list}`);
    }
  });

  it('keeps every filtered, sorted or paged view per request, whatever the parameter', () => {
    for (const [path, search] of [['/campaigns', '?q=hardware'], ['/projects', '?sort=newest'], ['/events', '?kind=TALK'], ['/tasks', '?cursor=abc'], ['/leaderboard', '?period=all'], ['/campaigns', '?utm_source=x']]) {
      expect(cachedEntryPath(path, search), `${path}${search}`).toBeNull();
    }
  });

  it('takes no other page for an entry, and refuses the internal entry routes asked for directly', () => {
    for (const path of ['/', '/campaigns/abc', '/tasks/new', '/tasks/mine', '/dashboard', '/en', '/members/abc']) expect(cachedEntryPath(path, ''), path).toBeNull();
    for (const path of ['/entry/campaigns', '/en/entry/tasks', '/zh-CN/entry/events', '/entry']) expect(isInternalEntryPath(path), path).toBe(true);
    for (const path of ['/events', '/entrypoint', '/campaigns/entry']) expect(isInternalEntryPath(path), path).toBe(false);
  });
});

describe('the header’s items by role', () => {
  it('gives a visitor public items only, a member their pages, and staff one console entry instead of the staff tools', () => {
    expect(PUBLIC_NAV_ITEMS.map((i) => i.href)).toEqual(['/projects', '/campaigns', '/tasks', '/events', '/participate', '/leaderboard']);
    const member = navItemsFor((p) => can({ id: 'm', roles: ['ENTREPRENEUR'] }, p), true).map((i) => i.href);
    expect(member).toContain('/dashboard');
    expect(member).not.toContain('/operate');
    const operator = navItemsFor((p) => can({ id: 'o', roles: ['OPERATOR'] }, p), true).map((i) => i.href);
    expect(operator.filter((h) => ['/operate', '/admissions', '/admin/users'].includes(h))).toEqual(['/operate']);
  });
});
