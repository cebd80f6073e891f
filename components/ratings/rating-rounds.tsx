import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { formatDateTime, formatDay } from '@/lib/format';
import { isBadLevel, lastDayOf } from '@/lib/ratings/policy';
import type { RatingLevel } from '@/lib/generated/prisma/enums';

type Round = { id: string; round: number; level: RatingLevel; comment: string; createdAt: Date; case: { status: string; reason: string | null; callbackNote: string | null; dueAt: Date } | null };

/** A member's own ratings of one record, with the follow-up of each bad one. */
export async function RatingRounds({ rounds, timeZone }: { rounds: Round[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('ratings'), getLocale()]);
  return (
    <ol className="space-y-3">
      {rounds.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-testid="rating-round">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {t('roundLabel', { round: r.round })}
            <Badge tone={isBadLevel(r.level) ? 'danger' : 'success'}>{t(`levels.${r.level}`)}</Badge>
            <span className="text-xs font-normal text-slate-500">{formatDateTime(r.createdAt, locale, timeZone)}</span>
          </p>
          {r.comment && <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.comment}</p>}
          {r.case && (
            <div className="mt-2 space-y-1 border-t border-slate-100 pt-2 text-slate-700">
              <p data-testid="case-status">{t('caseLabel', { status: t(`caseStatus.${r.case.status}`) })}</p>
              {r.case.callbackNote && <p>{t('callbackNote', { note: r.case.callbackNote })}</p>}
              {r.case.status === 'FIXING' && <p>{t('dueAt', { when: formatDay(lastDayOf(r.case.dueAt), locale, timeZone) })}</p>}
              {r.case.reason && r.case.status !== 'APPEALED' && <p>{t('outcomeReason', { reason: r.case.reason })}</p>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
