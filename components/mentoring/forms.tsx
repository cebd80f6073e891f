'use client';

import { useState } from 'react';
import { Star } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import {
  addDayOffAction,
  addOfficeHourAction,
  bookSessionAction,
  rateSessionAction,
  requestMentorshipAction,
  saveMentorProfileAction,
  writeSessionNoteAction,
} from '@/lib/mentoring/actions';
import { dayOffSchema, mentorProfileSchema, mentorshipRequestSchema, officeHourSchema, sessionNoteSchema, sessionRatingSchema } from '@/lib/mentoring/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function MentorProfileForm({ expertise, offer }: { expertise: string[]; offer: string }) {
  const t = useTranslations('mentoring');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(mentorProfileSchema, saveMentorProfileAction, () => toast.success(t('profile.saved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <Field label={t('profile.expertise')} hint={t('profile.expertiseHint')} errors={errors?.expertise}>
        <Input name="expertise" defaultValue={expertise.join(', ')} />
      </Field>
      <Field label={t('profile.offer')} hint={t('profile.offerHint')} errors={errors?.offer}>
        <Textarea name="offer" defaultValue={offer} rows={3} maxLength={500} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('profile.save')}
      </Button>
    </form>
  );
}

export function OfficeHourForm() {
  const t = useTranslations('mentoring');
  const tb = useTranslations('mentoringBooking');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(officeHourSchema, addOfficeHourAction, () => toast.success(t('hours.added')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <div className="grid grid-cols-3 gap-2">
        <Field label={t('hours.weekday')} errors={errors?.weekday}>
          <Select name="weekday" defaultValue="3">
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <option key={d} value={d}>
                {t(`weekday.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('hours.start')} errors={errors?.start}>
          <Input name="start" type="time" defaultValue="14:00" step={1800} />
        </Field>
        <Field label={t('hours.end')} errors={errors?.end}>
          <Input name="end" type="time" defaultValue="17:00" step={1800} />
        </Field>
      </div>
      <Field label={tb('location')} hint={tb('locationHint')} errors={errors?.location}>
        <Input name="location" maxLength={300} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('hours.add')}
      </Button>
    </form>
  );
}

export function RequestMentorForm({ mentorId, projects }: { mentorId: string; projects: { id: string; name: string }[] }) {
  const t = useTranslations('mentoring');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(mentorshipRequestSchema, requestMentorshipAction, (_, form) => {
    toast.success(t('request.sent'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="mentorId" value={mentorId} />
      <Field label={t('request.project')} errors={errors?.projectId}>
        <Select name="projectId" defaultValue={projects[0]?.id}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('request.message')} hint={t('request.messageHint')} errors={errors?.message} required>
        <Textarea name="message" rows={3} maxLength={1000} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t('request.submit')}
      </Button>
    </form>
  );
}

export function BookSessionForm({ mentorshipId, slots }: { mentorshipId: string; slots: { value: string; label: string }[] }) {
  const t = useTranslations('mentoring');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, bookSessionAction, (_, form) => {
    toast.success(t('book.booked'));
    form?.reset();
  });
  if (slots.length === 0) return <p className="text-sm text-slate-500">{t('book.noSlots')}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="mentorshipId" value={mentorshipId} />
      <input type="hidden" name="minutes" value="60" />
      <Field label={t('book.slot')} hint={t('book.slotHint')} errors={errors?.startsAt}>
        <Select name="startsAt" defaultValue={slots[0].value}>
          {slots.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('book.topic')} errors={errors?.topic}>
        <Input name="topic" maxLength={200} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t('book.submit')}
      </Button>
    </form>
  );
}

export function SessionNoteForm({ sessionId, note }: { sessionId: string; note: string | null }) {
  const t = useTranslations('mentoring');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(sessionNoteSchema, writeSessionNoteAction, () => toast.success(t('sessions.noteSaved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field label={t('sessions.note')} errors={errors?.note}>
        <Textarea name="note" defaultValue={note ?? ''} rows={2} />
      </Field>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('sessions.saveNote')}
      </Button>
    </form>
  );
}

export function SessionRatingForm({ sessionId, rating, feedback }: { sessionId: string; rating: number | null; feedback: string | null }) {
  const t = useTranslations('mentoring');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(sessionRatingSchema, rateSessionAction, () => toast.success(t('sessions.rated')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <StarInput label={t('sessions.rating')} initial={rating ?? 0} error={errors?.rating?.[0]} />
      <Field label={t('sessions.feedback')} errors={errors?.feedback}>
        <Textarea name="feedback" defaultValue={feedback ?? ''} rows={2} />
      </Field>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('sessions.rate')}
      </Button>
    </form>
  );
}

/** Clickable stars (a radio group underneath, so keys and screen readers work as usual). */
function StarInput({ label, initial, error }: { label: string; initial: number; error?: string }) {
  const t = useTranslations('mentoringBooking');
  const tv = useTranslations('validation');
  const [value, setValue] = useState(initial);
  const [hover, setHover] = useState(0);
  const shown = hover || value;
  return (
    <fieldset aria-describedby={error ? 'rating-error' : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{label}</legend>
      <div className="flex gap-1" onMouseLeave={() => setHover(0)}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="cursor-pointer rounded p-0.5 focus-within:ring-2 focus-within:ring-brand-500" onMouseEnter={() => setHover(n)}>
            <input type="radio" name="rating" value={n} checked={value === n} onChange={() => setValue(n)} className="sr-only" />
            <Star className={n <= shown ? 'size-7 fill-amber-400 text-amber-400' : 'size-7 text-slate-300'} aria-hidden />
            <span className="sr-only">{t('starsN', { n })}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="rating-error" role="alert" className="mt-1 text-sm text-red-600">
          {tv.has(error) ? tv(error) : error}
        </p>
      )}
    </fieldset>
  );
}

export function DayOffForm() {
  const t = useTranslations('mentoringBooking');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(dayOffSchema, addDayOffAction, (_, form) => {
    toast.success(t('dayOffAdded'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <FormAlert message={formError} />
      <Field label={t('dayOff')} hint={t('dayOffHint')} errors={errors?.day}>
        <Input name="day" type="date" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('addDayOff')}
      </Button>
    </form>
  );
}
