'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatZone } from '@/lib/format';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { createEventAction, updateEventAction } from '@/lib/events/actions';
import { DEFAULT_TIME_ZONE, EVENT_FORMATS, EVENT_KINDS } from '@/lib/events/policy';
import { eventSchema, updateEventSchema } from '@/lib/events/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { useFieldState } from '@/components/ui/use-field-state';

export type EventFormValues = {
  eventId: string;
  title: string;
  summary: string;
  description: string;
  kind: string;
  format: string;
  spaceId: string;
  location: string;
  /** yyyy-mm-ddThh:mm on the space's clock. */
  startsAt: string;
  endsAt: string;
  capacity: string;
  certificationId: string;
};

/** Create (no `initial`) or edit an event. Times are entered on the chosen space's clock. */
export function EventForm({
  spaces,
  certifications,
  initial,
}: {
  spaces: { id: string; name: string; timeZone: string }[];
  certifications: { id: string; name: string }[];
  initial?: EventFormValues;
}) {
  const t = useTranslations('events.form');
  const to = useTranslations('events.operate');
  const te = useTranslations('events');
  const router = useRouter();
  const editing = !!initial;
  const [kind, setKind, kindRef] = useFieldState<HTMLSelectElement>(initial?.kind ?? 'TRAINING');
  const [spaceId, setSpaceId, spaceRef] = useFieldState<HTMLSelectElement>(initial?.spaceId ?? spaces[0]?.id ?? '');
  const locale = useLocale();
  const tz = spaces.find((s) => s.id === spaceId)?.timeZone ?? DEFAULT_TIME_ZONE;
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(editing ? updateEventSchema : eventSchema, editing ? updateEventAction : createEventAction, (data) => {
    toast.success(editing ? to('saved') : to('created'));
    if (editing) router.refresh();
    else router.push(`/operate/events/${data.id}`);
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {initial && <input type="hidden" name="eventId" value={initial.eventId} />}
      <Field label={t('title')} errors={errors?.title} required>
        <Input name="title" maxLength={120} defaultValue={initial?.title} placeholder={t('titlePlaceholder')} />
      </Field>
      <Field label={t('summary')} errors={errors?.summary}>
        <Input name="summary" maxLength={300} defaultValue={initial?.summary} />
      </Field>
      <Field label={t('description')} hint={t('descriptionHint')} errors={errors?.description}>
        <Textarea name="description" rows={6} defaultValue={initial?.description} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('kind')} errors={errors?.kind} required>
          <Select ref={kindRef} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {te(`kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('format')} errors={errors?.format}>
          <Select name="format" defaultValue={initial?.format ?? 'ON_SITE'}>
            {EVENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {te(`format.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('space')} hint={t('spaceHint')} errors={errors?.spaceId}>
          <Select ref={spaceRef} name="spaceId" value={spaceId} onChange={(e) => setSpaceId(e.target.value)}>
            <option value="">{t('spaceNone')}</option>
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('location')} hint={t('locationHint')} errors={errors?.location}>
          <Input name="location" maxLength={200} defaultValue={initial?.location} />
        </Field>
        <Field label={t('startsAt')} hint={t('timesHint', { tz: formatZone(locale, tz) })} errors={errors?.startsAt} required>
          <Input name="startsAt" type="datetime-local" defaultValue={initial?.startsAt} />
        </Field>
        <Field label={t('endsAt')} errors={errors?.endsAt} required>
          <Input name="endsAt" type="datetime-local" defaultValue={initial?.endsAt} />
        </Field>
        <Field label={t('capacity')} hint={t('capacityHint')} errors={errors?.capacity}>
          <Input name="capacity" type="number" inputMode="numeric" min={1} max={10000} defaultValue={initial ? initial.capacity : '30'} />
        </Field>
        {kind === 'TRAINING' ? (
          <Field label={t('certification')} hint={t('certificationHint')} errors={errors?.certificationId}>
            <Select name="certificationId" defaultValue={initial?.certificationId ?? ''}>
              <option value="">{t('certificationNone')}</option>
              {certifications.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <input type="hidden" name="certificationId" value="" />
        )}
      </div>
      {!editing && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="publish" value="yes" defaultChecked className="size-4 rounded border-slate-300" />
          {t('publishNow')}
        </label>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {editing ? t('save') : t('submit')}
      </Button>
    </form>
  );
}
