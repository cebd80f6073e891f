'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import {
  addOfficeHourAction,
  bookSessionAction,
  rateSessionAction,
  requestMentorshipAction,
  saveMentorProfileAction,
  writeSessionNoteAction,
} from '@/lib/mentoring/actions';
import { mentorProfileSchema, mentorshipRequestSchema, officeHourSchema, sessionNoteSchema, sessionRatingSchema } from '@/lib/mentoring/schemas';
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
      <Field label={t('sessions.rating')} errors={errors?.rating}>
        <Select name="rating" defaultValue={String(rating ?? 5)}>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {'★'.repeat(n)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('sessions.feedback')} errors={errors?.feedback}>
        <Textarea name="feedback" defaultValue={feedback ?? ''} rows={2} />
      </Field>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('sessions.rate')}
      </Button>
    </form>
  );
}
