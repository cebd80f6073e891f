'use client';

import { useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { pickSlotAction } from '@/lib/mentoring/actions';
import { formatDay, formatTime, formatZone } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';

export type PickableSlot = { value: string; startsAt: string; endsAt: string; location: string };

/**
 * Cal.com-style picking: a strip of days with free time, then that day's times with their end
 * and the time zone. Booking (or moving, with `sessionId`) lands on the session's confirmation.
 */
export function SlotPicker({ mentorshipId, sessionId, slots, minutes }: { mentorshipId: string; sessionId?: string; slots: PickableSlot[]; minutes: number }) {
  const t = useTranslations('mentoringBooking');
  const locale = useLocale();
  const router = useRouter();
  const days = useMemo(() => {
    const map = new Map<string, PickableSlot[]>();
    for (const s of slots) map.set(s.value.slice(0, 10), [...(map.get(s.value.slice(0, 10)) ?? []), s]);
    return [...map.entries()];
  }, [slots]);
  const [day, setDay] = useState(days[0]?.[0] ?? '');
  const [picked, setPicked] = useState('');
  const { pending, onSubmit, formAction, formError, errors } = useFormAction(null, pickSlotAction, (data) => router.push(`/mentoring/sessions/${data.id}`));
  if (days.length === 0) return <p className="text-sm text-slate-600">{t('noSlots')}</p>;
  const times = days.find(([d]) => d === day)?.[1] ?? [];
  const zone = formatZone(locale);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="slot-picker">
      <input type="hidden" name="mentorshipId" value={mentorshipId} />
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <input type="hidden" name="minutes" value={minutes} />
      <input type="hidden" name="startsAt" value={picked} />
      <FormAlert message={formError} />
      <div>
        <h2 className="mb-2 text-sm font-medium text-slate-800" id="days-label">
          {t('pickDay')}
        </h2>
        <div role="group" aria-labelledby="days-label" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-2">
          {days.map(([d, list]) => (
            <button
              key={d}
              type="button"
              aria-pressed={d === day}
              onClick={() => {
                setDay(d);
                setPicked('');
              }}
              className={cn(
                'shrink-0 rounded-xl border px-3 py-2 text-left text-sm transition focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none',
                d === day ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-200 bg-white text-slate-800 hover:border-brand-400',
              )}
            >
              <span className="block font-medium">{formatDay(new Date(list[0].startsAt), locale)}</span>
              <span className={cn('block text-xs', d === day ? 'text-brand-50' : 'text-slate-600')}>{t('freeCount', { n: list.length })}</span>
            </button>
          ))}
        </div>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('pickTime', { zone })}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {times.map((s) => (
            <label
              key={s.value}
              className={cn('flex cursor-pointer items-start gap-3 rounded-xl border p-3 text-sm', picked === s.value ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500' : 'border-slate-200 hover:border-slate-300')}
            >
              <input type="radio" name="slot" className="mt-1" checked={picked === s.value} onChange={() => setPicked(s.value)} />
              <span>
                <span className="block font-medium text-slate-900">
                  {formatTime(new Date(s.startsAt), locale)}–{formatTime(new Date(s.endsAt), locale)} {zone}
                </span>
                {s.location && <span className="block text-xs text-slate-600">{s.location}</span>}
              </span>
            </label>
          ))}
        </div>
        {errors?.startsAt && (
          <p role="alert" className="mt-2 text-sm text-red-600">
            {t('pickFirst')}
          </p>
        )}
      </fieldset>
      {!sessionId && (
        <Field label={t('topic')} hint={t('topicHint')} errors={errors?.topic}>
          <Input name="topic" maxLength={200} />
        </Field>
      )}
      <Button type="submit" size="lg" disabled={pending || !picked} aria-busy={pending}>
        {sessionId ? t('confirmMove') : t('confirm')}
      </Button>
    </form>
  );
}
