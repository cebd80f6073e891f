'use client';

import { useState } from 'react';
import { ChevronDown, PanelLeft } from 'lucide-react';
import { Link, usePathname } from '@/i18n/navigation';
import { isCurrent } from '@/lib/console/nav';
import { cn } from '@/components/ui/cn';

/** A sidebar link as the server worked it out: translated, with its inbox count and that count said in words. */
export type SidebarItem = { href: string; exact?: boolean; label: string; count: number; countLabel: string };
export type SidebarGroup = { label: string; items: SidebarItem[] };

/**
 * The console's own navigation (built by console-frame.tsx): always shown beside the page from
 * `lg` up, folded behind a toggle button on phones. It closes itself when the page changes (the
 * open state remembers the path it was opened on).
 */
export function ConsoleSidebar({ groups, labels }: { groups: SidebarGroup[]; labels: { menu: string; nav: string; waiting: string } }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  return (
    <div className="mb-4 lg:mb-0">
      <button
        type="button"
        className="flex w-full items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm font-medium text-slate-800 lg:hidden"
        aria-expanded={open}
        aria-controls="console-nav"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <PanelLeft className="size-4" aria-hidden />
        <span className="flex-1 text-left">{labels.menu}</span>
        {labels.waiting && <span className="rounded-full bg-amber-100 px-2 text-xs text-amber-900">{labels.waiting}</span>}
        <ChevronDown className={cn('size-4 transition-transform', open && 'rotate-180')} aria-hidden />
      </button>
      <nav id="console-nav" aria-label={labels.nav} className={cn('mt-2 rounded-lg border border-slate-200 bg-white p-2 lg:sticky lg:top-4 lg:mt-0 lg:block', open ? 'block' : 'hidden')}>
        {groups.map((g) => (
          <div key={g.label} className="mb-2 last:mb-0">
            <p className="px-2 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{g.label}</p>
            <ul>
              {g.items.map((item) => {
                const current = isCurrent(item, pathname);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={current ? 'page' : undefined}
                      className={cn(
                        'flex items-center gap-2 rounded-md px-2 py-1.5 text-sm',
                        current ? 'bg-brand-50 font-medium text-brand-800' : 'text-slate-700 hover:bg-slate-100',
                      )}
                    >
                      <span className="min-w-0 flex-1 truncate">{item.label}</span>
                      {item.count > 0 && (
                        <span className="rounded-full bg-amber-100 px-1.5 text-xs tabular-nums text-amber-900" aria-label={item.countLabel}>
                          {item.count}
                        </span>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
