import { getTranslations } from 'next-intl/server';
import { AlertTriangle } from 'lucide-react';
import { Link } from '@/i18n/navigation';
import { FaultStatusBadge } from './fault-status-badge';
import type { FaultStatus } from '@/lib/generated/prisma/enums';

type Issue = { id: string; status: FaultStatus; confirmationCount: number; blockId: string | null; category: { nameZh: string; nameEn: string } };

/** A resource's open fault reports, with links to report another and to its public figures. */
export async function KnownIssues({ resourceId, issues, locale }: { resourceId: string; issues: Issue[]; locale: string }) {
  const t = await getTranslations('faults');
  const en = locale === 'en';
  return (
    <section aria-labelledby="known-issues" className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="known-issues" className="flex items-center gap-2 font-semibold">
          <AlertTriangle className="size-4 text-amber-600" aria-hidden /> {t('knownIssues')}
        </h2>
        <div className="flex flex-wrap gap-3 text-sm">
          <Link href={`/faults/new?resource=${resourceId}`} className="font-medium text-brand-700 hover:underline">{t('reportProblem')}</Link>
          <Link href={`/reliability/${resourceId}`} className="text-brand-700 hover:underline">{t('reliabilityLink')}</Link>
        </div>
      </div>
      {issues.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('noKnownIssues')}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {issues.map((k) => (
            <li key={k.id} className="flex flex-wrap items-center gap-2 text-sm">
              <FaultStatusBadge status={k.status} />
              <Link href={`/faults/${k.id}`} className="text-brand-700 underline">{en ? k.category.nameEn : k.category.nameZh}</Link>
              {k.blockId && <span className="font-medium text-red-700">{t('outOfService')}</span>}
              <span className="text-slate-600">{t('supporters', { n: k.confirmationCount })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
