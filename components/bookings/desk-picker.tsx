'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { confirmDeskAction, proposeDeskAction, type DeskProposalView } from '@/lib/bookings/actions';
import { deskPickSchema } from '@/lib/bookings/schemas';
import { formatRange } from '@/lib/format';
import { zonedInstant } from '@/lib/time';
import { Link } from '@/i18n/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select } from '@/components/ui/input';
import { useFieldState } from '@/components/ui/use-field-state';
import { useFormAction } from '@/components/ui/use-form-action';
import { useDurationLabel } from './duration-label';

const HOURS = Array.from({ length: 12 }, (_, i) => i + 1);
const STARTS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/**
 * "帮我选一个" / "Pick one for me": a date, a start and a length in hours; the server proposes a
 * desk and books it only when the member confirms. Asking again (or "another one") leaves out
 * the desks already proposed for that range; changing the range starts over.
 */
export function DeskPicker({ spaceId, zones, timeZone, today, defaultDate, defaultStart }: { spaceId: string; zones: string[]; timeZone: string; today: string; defaultDate: string; defaultStart: string }) {
  const t = useTranslations('deskPick');
  const locale = useLocale();
  const durationLabel = useDurationLabel(timeZone);
  const [date, setDate, dateRef] = useFieldState(defaultDate);
  const [start, setStart, startRef] = useFieldState<HTMLSelectElement>(defaultStart);
  const [zone, setZone, zoneRef] = useFieldState<HTMLSelectElement>('');
  const [proposal, setProposal] = useState<DeskProposalView | null>(null);
  const [tried, setTried] = useState<string[]>([]);
  const [takenMeanwhile, setTakenMeanwhile] = useState(false);
  const [booked, setBooked] = useState<{ name: string; when: string } | null>(null);

  const pick = useFormAction(deskPickSchema, proposeDeskAction, (data) => {
    setProposal(data);
    setTried((list) => [...list, data.resourceId]);
    setTakenMeanwhile(false);
    setBooked(null);
  });
  const confirm = useFormAction(null, confirmDeskAction, (data) => {
    if (data.booked) {
      const when = formatRange(new Date(data.startsAt), new Date(data.endsAt), locale, timeZone);
      setBooked({ name: data.resourceName, when });
      setProposal(null);
      setTried([]);
      toast.success(t('booked', { name: data.resourceName }));
    } else {
      setTried((list) => [...list, data.proposal.resourceId]);
      setProposal(data.proposal);
      setTakenMeanwhile(true);
    }
  });
  // A new range (or zone) starts over: nothing proposed for it yet.
  const restart = () => {
    setTried([]);
    setProposal(null);
    setTakenMeanwhile(false);
  };
  // The start as an instant on the space's clock, for the end time shown next to each length.
  const startInstant = /^\d{4}-\d{2}-\d{2}$/.test(date) ? zonedInstant(date, start, timeZone) : null;

  return (
    <div className="space-y-4">
      <form action={pick.formAction} onSubmit={pick.onSubmit} noValidate className="space-y-3">
        <FormAlert message={pick.formError} />
        <input type="hidden" name="spaceId" value={spaceId} />
        <input type="hidden" name="exclude" value={tried.join(',')} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <Field label={t('date')} errors={pick.errors?.date}>
            <Input ref={dateRef} type="date" name="date" value={date} min={today} onChange={(e) => { setDate(e.target.value); restart(); }} required />
          </Field>
          <Field label={t('start')} errors={pick.errors?.start}>
            <Select ref={startRef} name="start" value={start} onChange={(e) => { setStart(e.target.value); restart(); }}>
              {STARTS.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('duration')} errors={pick.errors?.hours}>
            <Select name="hours" defaultValue="2" onChange={restart}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {startInstant && !Number.isNaN(startInstant.getTime()) ? durationLabel(startInstant, h * 60) : h}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('zone')}>
            <Select ref={zoneRef} name="zone" value={zone} onChange={(e) => { setZone(e.target.value); restart(); }}>
              <option value="">{t('anyZone')}</option>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant={proposal ? 'outline' : 'accent'} disabled={pick.pending}>
            {proposal ? t('another') : t('propose')}
          </Button>
        </div>
      </form>

      <div aria-live="polite" className="space-y-3">
        {proposal && (
          <section className="rounded-xl border border-brand-200 bg-brand-50 p-4" aria-labelledby="desk-proposal-title" data-testid="desk-proposal">
            {takenMeanwhile && <p className="mb-2 text-sm font-medium text-amber-800">{t('takenMeanwhile')}</p>}
            <h3 id="desk-proposal-title" className="text-sm font-medium text-slate-600">
              {t('proposalTitle')}
            </h3>
            <p className="mt-1 text-lg font-semibold text-slate-900">
              <span data-testid="desk-proposal-name">{proposal.resourceName}</span>
              {proposal.zone && <span className="ml-2 text-sm font-normal text-slate-600">{proposal.zone}</span>}
            </p>
            <p className="text-sm text-slate-700">
              {formatRange(new Date(proposal.startsAt), new Date(proposal.endsAt), locale, timeZone)} · {durationLabel(proposal.startsAt, proposal.durationMinutes)}
            </p>
            <p className="mt-1 text-xs text-slate-700">{t('proposalRule')}</p>
            <form action={confirm.formAction} onSubmit={confirm.onSubmit} className="mt-3 space-y-2">
              <FormAlert message={confirm.formError} />
              <input type="hidden" name="spaceId" value={spaceId} />
              <input type="hidden" name="zone" value={zone} />
              <input type="hidden" name="resourceId" value={proposal.resourceId} />
              <input type="hidden" name="startsAt" value={proposal.startsAt} />
              <input type="hidden" name="durationMinutes" value={proposal.durationMinutes} />
              <input type="hidden" name="exclude" value={tried.join(',')} />
              <Button type="submit" disabled={confirm.pending}>
                {t('confirm')}
              </Button>
            </form>
          </section>
        )}
        {booked && (
          <Alert tone="success">
            <p>{t('bookedBody', { name: booked.name, when: booked.when })}</p>
            <Link href="/bookings/mine" className="font-medium underline">
              {t('seeMine')}
            </Link>
          </Alert>
        )}
      </div>
    </div>
  );
}
