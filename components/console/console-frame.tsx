import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { permissionsOf, type Actor } from '@/lib/auth/permissions';
import { CONSOLE_NAV } from '@/lib/console/nav';
import { ConsoleSidebar, type SidebarGroup } from './console-sidebar';

/**
 * The operator console's frame: its navigation beside the page. Every page the navigation links
 * to is shown in it, inside /operate or not (admissions, the task desk, the users table), so
 * following a link never loses the console. The links the staff member may not open are left
 * out (each page checks again); the labels are translated here, so the browser gets no
 * translations for them. `counts`: the inbox's (loadInboxCounts), which the layout loads.
 */
export async function ConsoleFrame({ staff, counts, children }: { staff: Actor; counts: Record<string, number>; children: ReactNode }) {
  const t = await getTranslations('console.nav');
  const allowed = permissionsOf(staff.roles);
  const groups: SidebarGroup[] = CONSOLE_NAV.map((g) => ({
    label: t(g.label),
    items: g.items
      .filter((i) => allowed.has(i.permission))
      .map((i) => {
        const count = (i.inbox ?? []).reduce((sum, key) => sum + (counts[key] ?? 0), 0);
        return { href: i.href, exact: i.exact, label: t(i.label), count, countLabel: count > 0 ? t('waiting', { n: count }) : '' };
      }),
  })).filter((g) => g.items.length > 0);
  const waiting = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-8">
      <ConsoleSidebar groups={groups} labels={{ menu: t('menu'), nav: t('label'), waiting: waiting > 0 ? t('waiting', { n: waiting }) : '' }} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
