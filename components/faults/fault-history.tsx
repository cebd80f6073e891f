import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/format';
import type { FaultEventKind, FaultStatus } from '@/lib/generated/prisma/enums';

type Event = { id: string; kind: FaultEventKind; fromStatus: FaultStatus | null; toStatus: FaultStatus | null; note: string; createdAt: Date; actorName: string | null };

/** Every change of a report, oldest first, each with its time and note. */
export function FaultHistory({ events, timeZone }: { events: Event[]; timeZone: string }) {
  const t = useTranslations('faults');
  const ts = useTranslations('faults.status');
  const locale = useLocale();
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4">
      {events.map((e) => (
        <li key={e.id} className="text-sm">
          <p className="font-medium">
            {t(`event.${e.kind}`)}
            {e.kind === 'STATUS' && e.toStatus ? `: ${ts(e.toStatus)}` : ''}
            {e.actorName ? ` · ${e.actorName}` : ''}
          </p>
          <p className="text-xs text-slate-500">{formatDateTime(e.createdAt, locale, timeZone)}</p>
          {e.note && <p className="mt-1 whitespace-pre-wrap text-slate-700">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
