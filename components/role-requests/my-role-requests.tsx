import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';

type Request = { id: string; role: string; status: 'PENDING' | 'APPROVED' | 'REJECTED'; decisionReason: string | null; createdAt: string };

const tone = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'danger' } as const;

export function MyRoleRequests({ requests, timeZone }: { requests: Request[]; timeZone: string }) {
  const t = useTranslations('roleRequests');
  const tr = useTranslations('roles');
  const locale = useLocale();
  if (requests.length === 0) return <p className="text-sm text-slate-500">{t('noneYet')}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span>
            {tr(r.role)} · <span className="text-slate-500">{formatDay(new Date(r.createdAt), locale, timeZone)}</span>
            {r.decisionReason && <span className="block text-slate-500">{t('reasonLabel', { reason: r.decisionReason })}</span>}
          </span>
          <Badge tone={tone[r.status]}>{t(`status.${r.status}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
