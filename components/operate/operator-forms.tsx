'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { addMaintenanceAction, createCertificationAction, grantCertificationAction, revokeCertificationAction, saveResourceAction } from '@/lib/bookings/actions';
import { certificationCreateSchema, certificationGrantSchema, maintenanceSchema, resourceSchema } from '@/lib/bookings/schemas';
import { RESOURCE_KINDS, type ResourceValues } from '@/lib/bookings/rules';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function MaintenanceForm({ resources }: { resources: { id: string; name: string }[] }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(maintenanceSchema, addMaintenanceAction, (_, form) => {
    toast.success(t('maintenanceAdded'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormAlert message={formError} /></div>
      <Field label={t('resource')} errors={errors?.resourceId} required>
        <Select name="resourceId">
          {resources.map((r) => (
            <option key={r.id} value={r.id}>{r.name}</option>
          ))}
        </Select>
      </Field>
      <Field label={t('maintenanceReason')} errors={errors?.reason} required>
        <Input name="reason" />
      </Field>
      <Field label={t('from')} errors={errors?.startsAtLocal} required>
        <Input type="datetime-local" name="startsAtLocal" step={1800} />
      </Field>
      <Field label={t('to')} errors={errors?.endsAtLocal} required>
        <Input type="datetime-local" name="endsAtLocal" step={1800} />
      </Field>
      <div><Button type="submit" disabled={pending}>{t('addMaintenance')}</Button></div>
    </form>
  );
}

export function CertificationCreateForm() {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(certificationCreateSchema, createCertificationAction, (_, form) => {
    toast.success(t('certificationCreated'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <Field label={t('certificationName')} errors={errors?.name} required>
        <Input name="name" />
      </Field>
      <Field label={t('certificationDescription')} errors={errors?.description}>
        <Textarea name="description" rows={2} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('createCertification')}</Button>
    </form>
  );
}

export function CertificationGrantForm({ certificationId, name }: { certificationId: string; name: string }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(certificationGrantSchema, grantCertificationAction, (data, form) => {
    toast.success(t('granted', { member: (data as { name: string }).name, name }));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="certificationId" value={certificationId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label={t('grantTo', { name })} errors={errors?.email}>
            <Input type="email" name="email" placeholder="member@example.com" />
          </Field>
        </div>
        <Button type="submit" size="md" disabled={pending}>{t('grant')}</Button>
      </div>
    </form>
  );
}

export function RevokeButton({ certificationId, userId, label }: { certificationId: string; userId: string; label: string }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction } = useFormAction(null, revokeCertificationAction, () => toast.success(t('revoked')));
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="certificationId" value={certificationId} />
      <input type="hidden" name="userId" value={userId} />
      <Button size="sm" variant="ghost" type="submit" disabled={pending} aria-label={label}>{t('revoke')}</Button>
    </form>
  );
}

export function ResourceForm({ values, certifications }: { values: ResourceValues; certifications: { id: string; name: string }[] }) {
  const t = useTranslations('operate');
  const tk = useTranslations('resources.kind');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(resourceSchema, saveResourceAction, (_, form) => {
    toast.success(t('resourceSaved'));
    if (!values.resourceId) form?.reset();
  });
  const num = (name: keyof ResourceValues, label: string) => (
    <Field label={label} errors={errors?.[name]}>
      <Input type="number" name={name} defaultValue={values[name] == null ? '' : String(values[name])} min={0} />
    </Field>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <div className="sm:col-span-2 lg:col-span-3"><FormAlert message={formError} /></div>
      {values.resourceId && <input type="hidden" name="resourceId" value={values.resourceId} />}
      <input type="hidden" name="spaceId" value={values.spaceId} />
      <Field label={t('resourceName')} errors={errors?.name} required>
        <Input name="name" defaultValue={values.name} />
      </Field>
      <Field label={t('kind')} errors={errors?.kind}>
        <Select name="kind" defaultValue={values.kind}>
          {RESOURCE_KINDS.map((k) => (
            <option key={k} value={k}>{tk(k)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t('zone')} errors={errors?.zone}>
        <Input name="zone" defaultValue={values.zone} />
      </Field>
      <div className="sm:col-span-2 lg:col-span-3">
        <Field label={t('resourceDescription')} errors={errors?.description}>
          <Textarea name="description" rows={2} defaultValue={values.description} />
        </Field>
      </div>
      {num('capacity', t('capacity'))}
      {num('slotMinutes', t('slotMinutes'))}
      {num('minMinutes', t('minMinutes'))}
      {num('maxMinutes', t('maxMinutes'))}
      {num('noticeMinutes', t('noticeMinutes'))}
      {num('horizonDays', t('horizonDays'))}
      {num('bufferMinutes', t('bufferMinutes'))}
      {num('weeklyQuotaHours', t('weeklyQuotaHours'))}
      <Field label={t('requiredCertification')} errors={errors?.requiredCertificationId}>
        <Select name="requiredCertificationId" defaultValue={values.requiredCertificationId}>
          <option value="">{t('noCertification')}</option>
          {certifications.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </Select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="requiresApproval" defaultChecked={values.requiresApproval} className="size-4" />
        {t('requiresApproval')}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={values.active} className="size-4" />
        {t('active')}
      </label>
      <div className="sm:col-span-2 lg:col-span-3">
        <Button type="submit" disabled={pending}>{values.resourceId ? t('saveResource') : t('createResource')}</Button>
      </div>
    </form>
  );
}
