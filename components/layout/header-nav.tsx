'use client';

import { ChevronDown } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { NAV_ITEMS, PUBLIC_NAV_ITEMS } from '@/lib/navigation/items';
import { clsx } from 'clsx';
import { MobileNav } from './mobile-nav';
import { useViewer } from './use-viewer';

/**
 * How many items stand in the bar at each width (md, lg, xl); the rest are under "More". Sized
 * for the longer English labels so neither language needs a horizontal scroll.
 */
const INLINE = { md: 3, lg: 5, xl: 6 } as const;

function inlineClass(i: number) {
  return clsx('hidden', i < INLINE.md && 'md:inline-flex', i < INLINE.lg && 'lg:inline-flex', i < INLINE.xl && 'xl:inline-flex');
}

function moreItemClass(i: number) {
  return clsx('flex', i < INLINE.md && 'md:hidden', i < INLINE.lg && 'lg:hidden', i < INLINE.xl && 'xl:hidden');
}

function moreButtonClass(count: number) {
  return clsx('relative hidden', count > INLINE.md && 'md:block', count > INLINE.lg ? 'lg:block' : 'lg:hidden', count > INLINE.xl ? 'xl:block' : 'xl:hidden');
}

/** The items of whoever is looking: a visitor's in the cached HTML, a member's once /api/me answers. */
function useNavItems() {
  const t = useTranslations('nav');
  const th = useTranslations('siteHeader');
  const viewer = useViewer();
  const allowed = viewer?.user ? new Set(viewer.nav) : null;
  const items = (allowed ? NAV_ITEMS.filter((i) => allowed.has(i.href)) : PUBLIC_NAV_ITEMS).map((i) => ({
    href: i.href,
    label: i.label === 'console' ? th('console') : t(i.label),
  }));
  return { items, signedOut: viewer !== undefined && !viewer.user };
}

/** Phones and tablets: the menu dialog holds every item, and sign-in and sign-up for a visitor. */
export function HeaderMobileNav() {
  const tc = useTranslations('common');
  const { items, signedOut } = useNavItems();
  return (
    <MobileNav
      items={items}
      menuLabel={tc('menu')}
      closeLabel={tc('close')}
      extra={
        signedOut
          ? [
              { href: '/sign-in', label: tc('signIn') },
              { href: '/sign-up', label: tc('signUp') },
            ]
          : []
      }
    />
  );
}

/** From 768 px: as many items as fit, the rest under "More"; staff get one console entry. */
export function HeaderDesktopNav() {
  const tc = useTranslations('common');
  const th = useTranslations('siteHeader');
  const { items } = useNavItems();
  return (
    <nav aria-label={tc('mainNav')} className="hidden min-w-0 items-center gap-0.5 md:flex" data-testid="main-nav">
      {items.map((i, n) => (
        <Link key={i.href} href={i.href} className={clsx(inlineClass(n), 'shrink-0 whitespace-nowrap rounded-lg px-2.5 py-2 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900')}>
          {i.label}
        </Link>
      ))}
      <MoreMenu label={th('more')} className={moreButtonClass(items.length)} items={items} />
    </nav>
  );
}

function MoreMenu({ label, className, items }: { label: string; className: string; items: { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div ref={root} className={className}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded-lg px-2.5 py-2 text-sm text-slate-700 hover:bg-slate-100"
      >
        {label}
        <ChevronDown className="size-4" aria-hidden />
      </button>
      <ul id={id} hidden={!open} className="absolute left-0 top-full z-40 mt-1 min-w-44 rounded-xl border border-slate-200 bg-white p-1 shadow-lg">
        {items.map((i, n) => (
          <li key={i.href} className={moreItemClass(n)}>
            <Link href={i.href} onClick={() => setOpen(false)} className="block w-full whitespace-nowrap rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
