import { GraduationCap, ShieldCheck } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatRange, formatZone } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';

type Gap = {
  certification: { id: string; name: string };
  training: { id: string; title: string; startsAt: Date; endsAt: Date; location: string; capacity: number | null; seatsTaken: number; full: boolean } | null;
};

/** In place of free slots: the certification a member lacks, and the way to get it. */
export function CertificationGate({ gap, timeZone }: { gap: Gap; timeZone: string }) {
  const t = useTranslations('machineAccess');
  const locale = useLocale();
  const tr = gap.training;
  return (
    <Card aria-labelledby="gate-title" data-testid="certification-gate">
      <CardHeader>
        <CardTitle id="gate-title" className="flex items-center gap-2">
          <ShieldCheck className="size-5 text-amber-600" aria-hidden /> {t('title', { name: gap.certification.name })}
        </CardTitle>
      </CardHeader>
      <CardBody className="space-y-4 text-sm">
        <p className="text-slate-700">{t('lead', { name: gap.certification.name })}</p>
        {tr ? (
          <div className="rounded-xl border border-slate-200 p-4">
            <p className="flex items-center gap-2 font-medium text-slate-900">
              <GraduationCap className="size-4" aria-hidden /> {t('nextTraining')}
            </p>
            <p className="mt-1 font-semibold text-slate-900">{tr.title}</p>
            <p className="text-slate-700">
              {formatRange(tr.startsAt, tr.endsAt, locale, timeZone)} {formatZone(locale, timeZone)}
              {tr.location && ` · ${tr.location}`}
            </p>
            <p className="text-slate-600">{tr.capacity === null ? t('seatsOpen') : tr.full ? t('full') : t('seatsLeft', { n: tr.capacity - tr.seatsTaken })}</p>
            <Button asChild className="mt-3">
              <Link href={`/events/${tr.id}`}>{tr.full ? t('joinWaitlist') : t('register')}</Link>
            </Button>
          </div>
        ) : (
          <div className="space-y-2">
            <p className="text-slate-600">{t('noTraining')}</p>
            <Button asChild variant="outline">
              <Link href="/events?kind=TRAINING">{t('allTrainings')}</Link>
            </Button>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
