'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/format';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { createTaskAction } from '@/lib/tasks/actions';
import { TASK_CATEGORIES, TASK_LOCATIONS, TASK_MODES, type TaskRules } from '@/lib/tasks/policy';
import { taskSchema } from '@/lib/tasks/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** Post a task: for one of the member's projects, or (operators) for the space or a partner. `zone`: the clock the deadline is typed on, as the page names it (formatZone). */
export function TaskForm({ projects, canPostForSpace, rules, zone }: { projects: { id: string; name: string }[]; canPostForSpace: boolean; rules: TaskRules; zone: string }) {
  const t = useTranslations('tasks');
  const locale = useLocale();
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(taskSchema, createTaskAction, (data) => {
    toast.success(data.status === 'PENDING_APPROVAL' ? t('createdPendingApproval') : t('created'));
    // Its poster's page: a new task is not public yet (a draft, or waiting for approval).
    router.push(`/tasks/${data.id}/view`);
  });
  const maxBounty = formatMoney(rules.maxBountyFen, locale);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('form.title')} errors={errors?.title} required>
        <Input name="title" maxLength={120} placeholder={t('form.titlePlaceholder')} />
      </Field>
      <Field label={t('form.postFor')} errors={errors?.projectId}>
        <Select name="projectId" defaultValue={canPostForSpace ? '' : projects[0]?.id}>
          {canPostForSpace && <option value="">{t('form.forSpaceOrPartner')}</option>}
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {t('form.forProject', { name: p.name })}
            </option>
          ))}
        </Select>
      </Field>
      {canPostForSpace && (
        <Field label={t('form.partnerName')} hint={t('form.partnerHint')} errors={errors?.partnerName}>
          <Input name="partnerName" maxLength={100} />
        </Field>
      )}
      <Field label={t('form.description')} hint={t('form.descriptionHint')} errors={errors?.description}>
        <Textarea name="description" rows={6} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('form.category')} errors={errors?.category} required>
          <Select name="category" defaultValue="DESIGN">
            {TASK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('form.skills')} hint={t('form.skillsHint')} errors={errors?.skills}>
          <Input name="skills" />
        </Field>
        <Field label={t('form.rewardPoints')} hint={t('form.pointsRulesHint', { max: rules.maxPoints, above: rules.approvalPointsAbove })} errors={errors?.rewardPoints}>
          <Input name="rewardPoints" type="number" inputMode="numeric" min={0} max={rules.maxPoints} defaultValue={50} />
        </Field>
        <Field label={t('form.bountyYuan')} hint={t('form.bountyRulesHint', { max: maxBounty })} errors={errors?.bountyYuan}>
          <Input name="bountyYuan" type="number" inputMode="decimal" min={0} step="0.01" defaultValue={0} />
        </Field>
        <Field label={t('form.slots')} errors={errors?.slots} required>
          <Input name="slots" type="number" inputMode="numeric" min={1} max={50} defaultValue={1} />
        </Field>
        <Field label={t('form.deadline')} hint={t('form.deadlineHint', { zone })} errors={errors?.deadline} required>
          <Input name="deadline" type="datetime-local" />
        </Field>
        <Field label={t('form.location')} errors={errors?.location}>
          <Select name="location" defaultValue="REMOTE">
            {TASK_LOCATIONS.map((l) => (
              <option key={l} value={l}>
                {t(`location.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('form.mode')} errors={errors?.mode}>
          <Select name="mode" defaultValue="REVIEW">
            {TASK_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`modeLong.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="publish" value="yes" defaultChecked className="size-4 rounded border-slate-300" />
        {t('form.publishNow')}
      </label>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t('form.submit')}
      </Button>
    </form>
  );
}
