import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { NAV_ITEMS } from '@/lib/navigation/items';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { LocaleSwitcher } from './locale-switcher';
import { MobileNav } from './mobile-nav';
import { AccountMenu } from './account-menu';
import { Logo } from './logo';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { countUnread } from '@/lib/notifications/queries';

export async function SiteHeader() {
  const user = await getCurrentUser();
  const t = await getTranslations('nav');
  const tc = await getTranslations('common');
  const tn = await getTranslations('notifications');
  const unread = user ? await countUnread(user) : 0;
  const items = NAV_ITEMS.filter((i) => (i.permission ? can(user, i.permission) : i.signedIn ? !!user : true)).map((i) => ({
    href: i.href,
    label: t(i.label),
  }));
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4">
        <MobileNav items={items} menuLabel={tc('menu')} closeLabel={tc('close')} />
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <Logo />
          <span className="text-lg">{tc('appName')}</span>
        </Link>
        <nav aria-label={tc('mainNav')} className="ml-4 hidden items-center gap-1 md:flex">
          {items.map((i) => (
            <Link key={i.href} href={i.href} className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {i.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <LocaleSwitcher />
          {user && <NotificationBell unread={unread} label={tn('bell')} unreadLabel={tn('bellUnread', { n: unread })} />}
          {user ? (
            <AccountMenu name={user.name} email={user.email} avatar={<Avatar name={user.name} />} />
          ) : (
            <>
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <Link href="/sign-in">{tc('signIn')}</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/sign-up">{tc('signUp')}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
