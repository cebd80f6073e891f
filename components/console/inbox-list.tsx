import { Inbox } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { Age } from './age';

export type InboxQueueView = {
  key: string;
  label: string;
  href: string;
  count: number;
  items: { id: string; title: string; detail: string; since: Date; href: string; detailIsRole?: boolean }[];
};

/** The operator's inbox: every queue with its count, the longest-waiting queue first, each item's age (its time on hover, on the space's clock). */
export function InboxList({ queues, now, timeZone }: { queues: InboxQueueView[]; now: Date; timeZone: string }) {
  const t = useTranslations('console');
  const tr = useTranslations('roles');
  const waiting = queues.filter((q) => q.count > 0);
  const clear = queues.filter((q) => q.count === 0);
  return (
    <section aria-labelledby="inbox-title" data-testid="inbox">
      <h2 id="inbox-title" className="mb-3 text-lg font-semibold">
        {t('inbox.title')}
      </h2>
      {waiting.length === 0 ? (
        <EmptyState icon={Inbox} title={t('inbox.clearTitle')} description={t('inbox.clearBody')} />
      ) : (
        <ul className="space-y-3">
          {waiting.map((q) => (
            <li key={q.key} className="rounded-lg border border-slate-200 bg-white" data-testid="inbox-queue" data-queue={q.key}>
              <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
                <Link href={q.href} className="font-medium text-slate-900 hover:text-brand-700">
                  {t(`queues.${q.label}`)}
                </Link>
                <span className="rounded-full bg-amber-100 px-2 text-sm tabular-nums text-amber-900" data-testid="inbox-count">
                  {t('inbox.count', { n: q.count })}
                </span>
              </div>
              <ul className="divide-y divide-slate-100">
                {q.items.map((i) => (
                  <li key={i.id} className="flex items-center gap-3 px-4 py-2 text-sm">
                    <Link href={i.href} className="min-w-0 flex-1 truncate hover:text-brand-700">
                      {i.title}
                      <span className="text-slate-500"> · {i.detailIsRole ? tr(i.detail as 'MENTOR') : i.detail}</span>
                    </Link>
                    <Age since={i.since} now={now} timeZone={timeZone} />
                  </li>
                ))}
              </ul>
              {q.count > q.items.length && (
                <Link href={q.href} className="block px-4 py-2 text-sm text-brand-700 hover:underline">
                  {t('inbox.more', { n: q.count - q.items.length })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {clear.length > 0 && (
        <p className="mt-3 text-sm text-slate-500">
          {t('inbox.clearQueues', { names: clear.map((q) => t(`queues.${q.label}`)).join('、') })}
        </p>
      )}
    </section>
  );
}
