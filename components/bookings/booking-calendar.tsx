'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime, formatDay, formatTime, formatZone } from '@/lib/format';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { createBookingAction } from '@/lib/bookings/actions';
import { bookingCreateSchema } from '@/lib/bookings/schemas';
import type { CalendarDay } from '@/lib/bookings/queries';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';
import { useDurationLabel } from './duration-label';

type Props = {
  resourceId: string;
  timeZone: string;
  days: CalendarDay[];
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  requiresApproval: boolean;
  prevWeek: string;
  nextWeek: string;
  canGoBack: boolean;
};

const stateClass = {
  free: 'border-emerald-200 bg-emerald-50 text-emerald-800 hover:bg-emerald-100',
  busy: 'border-slate-200 bg-slate-200 text-slate-500 line-through',
  mine: 'border-brand-300 bg-brand-100 text-brand-800',
  closed: 'border-amber-200 bg-amber-50 text-amber-700',
  past: 'border-slate-100 bg-slate-50 text-slate-300',
} as const;

/**
 * A week of slots in the space's time zone. Pick a free start (buttons: keyboard usable), then
 * a duration; the server checks every rule again and answers "just taken" if someone was faster.
 */
export function BookingCalendar(p: Props) {
  const t = useTranslations('bookings');
  const locale = useLocale();
  const durationLabel = useDurationLabel(p.timeZone);
  const [start, setStart] = useState<string | null>(null);
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(bookingCreateSchema, createBookingAction, (data) => {
    toast.success(data.status === 'PENDING' ? t('bookedPending') : t('booked'));
    setStart(null);
  });

  const time = (iso: string) => formatTime(new Date(iso), locale, p.timeZone);
  const dayLabel = (key: string) => formatDay(new Date(`${key}T12:00:00Z`), locale, 'UTC');

  // Durations offered: multiples of the slot from the minimum to the maximum, while the following slots stay free.
  const durations = useMemo(() => {
    if (!start) return [];
    const slots = p.days.flatMap((d) => d.slots);
    const i = slots.findIndex((s) => s.startsAt === start);
    const out: number[] = [];
    let freeRun = 0;
    for (let j = i; j < slots.length; j++) {
      const expected = new Date(start).getTime() + (j - i) * p.slotMinutes * 60_000;
      if (slots[j].state !== 'free' || new Date(slots[j].startsAt).getTime() !== expected) break;
      freeRun += p.slotMinutes;
      if (freeRun > p.maxMinutes) break;
      if (freeRun >= p.minMinutes) out.push(freeRun);
    }
    return out;
  }, [start, p.days, p.slotMinutes, p.minMinutes, p.maxMinutes]);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <div className="flex gap-2">
            {p.canGoBack && (
              <Button asChild variant="outline" size="sm">
                <Link href={`?week=${p.prevWeek}`}>{t('prevWeek')}</Link>
              </Button>
            )}
            <Button asChild variant="outline" size="sm">
              <Link href={`?week=${p.nextWeek}`}>{t('nextWeek')}</Link>
            </Button>
          </div>
          <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-label={t('legend')}>
            {(['free', 'busy', 'mine', 'closed'] as const).map((s) => (
              <li key={s} className="flex items-center gap-1">
                <span className={cn('inline-block size-3 rounded border', stateClass[s])} aria-hidden />
                {t(`slot.${s}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className="mb-3 text-xs text-slate-500">{t('timeZoneNote', { tz: formatZone(locale, p.timeZone) })}</p>
        <div className="grid gap-3 md:grid-cols-7" data-testid="booking-calendar">
          {p.days.map((day) => (
            <section key={day.dateKey} aria-label={dayLabel(day.dateKey)} className="rounded-xl border border-slate-200 bg-white p-2">
              <h3 className="mb-2 text-center text-sm font-semibold text-slate-700">{dayLabel(day.dateKey)}</h3>
              {day.closed ? (
                <p className="py-4 text-center text-xs text-amber-700">{t('closedDay')}</p>
              ) : (
                <div className="grid grid-cols-4 gap-1 sm:grid-cols-6 md:grid-cols-1">
                  {day.slots.map((s) => {
                    const label = time(s.startsAt);
                    const selected = start === s.startsAt;
                    return (
                      <button
                        key={s.startsAt}
                        type="button"
                        disabled={s.state !== 'free'}
                        aria-pressed={selected}
                        aria-label={t('slotLabel', { day: dayLabel(day.dateKey), time: label, state: t(`slot.${s.state}`) })}
                        data-state={s.state}
                        onClick={() => setStart(s.startsAt)}
                        className={cn(
                          'rounded-md border px-1 py-1 text-xs tabular-nums focus-visible:outline-2 focus-visible:outline-brand-600',
                          stateClass[s.state],
                          selected && 'ring-2 ring-brand-600 ring-offset-1',
                        )}
                      >
                        {label}
                      </button>
                    );
                  })}
                </div>
              )}
            </section>
          ))}
        </div>
      </div>
      {/* On a phone the form docks to the bottom once a start is picked, so it is in reach. */}
      <aside
        className={cn(
          'lg:sticky lg:top-4 lg:self-start',
          start && 'fixed inset-x-0 bottom-0 z-30 max-h-[75vh] overflow-y-auto p-2 lg:static lg:max-h-none lg:overflow-visible lg:p-0',
        )}
      >
        <form action={formAction} onSubmit={onSubmit} noValidate className={cn('space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm', start && 'shadow-xl lg:shadow-sm')} aria-labelledby="book-title">
          {start && (
            <button type="button" onClick={() => setStart(null)} className="float-right text-sm text-slate-500 hover:text-slate-800 lg:hidden">
              {t('closeForm')}
            </button>
          )}
          <h2 id="book-title" className="font-semibold">{t('formTitle')}</h2>
          <FormAlert message={formError} />
          {!start ? (
            <p className="text-sm text-slate-500">{t('pickStart')}</p>
          ) : (
            <>
              <input type="hidden" name="resourceId" value={p.resourceId} />
              <input type="hidden" name="startsAt" value={start} />
              <p className="text-sm" data-testid="selected-start">
                {t('startsAt', { when: formatDateTime(new Date(start), locale, p.timeZone) })}
              </p>
              <Field label={t('duration')} errors={errors?.durationMinutes}>
                <Select name="durationMinutes" key={start} defaultValue={String(durations[0] ?? p.minMinutes)}>
                  {(durations.length ? durations : [p.minMinutes]).map((m) => (
                    <option key={m} value={m}>
                      {durationLabel(start, m)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('note')} errors={errors?.note}>
                <Textarea name="note" rows={2} />
              </Field>
              {p.requiresApproval && <p className="text-xs text-amber-700">{t('needsApproval')}</p>}
              <Button type="submit" className="w-full" disabled={pending}>
                {t('submit')}
              </Button>
            </>
          )}
        </form>
      </aside>
    </div>
  );
}
