import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';

const ITEMS = [
  { href: '/operate', key: 'navBoard' },
  { href: '/operate/resources', key: 'navResources' },
  { href: '/operate/maintenance', key: 'navMaintenance' },
  { href: '/operate/certifications', key: 'navCertifications' },
  { href: '/operate/events', key: 'navEvents' },
  { href: '/operate/space', key: 'navSpace' },
  { href: '/operate/outbox', key: 'navOutbox' },
] as const;

export async function OperateNav({ current }: { current: (typeof ITEMS)[number]['href'] }) {
  const t = await getTranslations('operate');
  return (
    <nav aria-label={t('title')} className="-mx-4 mb-6 flex gap-2 overflow-x-auto px-4">
      {ITEMS.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={current === i.href ? 'page' : undefined}
          className={cn('whitespace-nowrap rounded-full px-4 py-1.5 text-sm font-medium', current === i.href ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200')}
        >
          {t(i.key)}
        </Link>
      ))}
    </nav>
  );
}
