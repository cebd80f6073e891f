'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { assignEvaluatorAction, createConsultationAction, createResultAction, updateResultProgressAction } from '@/lib/participation/actions';
import { consultationSchema, resultProgressSchema } from '@/lib/participation/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ConsultationForm() {
  const t = useTranslations('participate.operate.consultationForm');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(consultationSchema, createConsultationAction, (_d, form) => {
    toast.success(t('created'));
    form?.reset();
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('title')} errors={errors?.title} required>
        <Input name="title" maxLength={160} />
      </Field>
      <Field label={t('description')} hint={t('descriptionHint')} errors={errors?.description}>
        <Textarea name="description" rows={4} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('opensAt')} errors={errors?.opensAt} required>
          <Input name="opensAt" type="date" />
        </Field>
        <Field label={t('closesAt')} hint={t('closesAtHint')} errors={errors?.closesAt}>
          <Input name="closesAt" type="date" />
        </Field>
        <Field label={t('audience')} errors={errors?.audience}>
          <Select name="audience" defaultValue="PUBLIC">
            <option value="PUBLIC">{t('audiencePublic')}</option>
            <option value="MEMBERS">{t('audienceMembers')}</option>
          </Select>
        </Field>
        <Field label={t('categories')} hint={t('categoriesHint')} errors={errors?.categories}>
          <Input name="categories" />
        </Field>
        <Field label={t('deadline')} hint={t('deadlineHint')} errors={errors?.answerDeadlineDays}>
          <Input name="answerDeadlineDays" type="number" inputMode="numeric" min={1} max={365} defaultValue="10" />
        </Field>
        <Field label={t('threshold')} hint={t('thresholdHint')} errors={errors?.supportThreshold}>
          <Input name="supportThreshold" type="number" inputMode="numeric" min={1} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

export function ResultForm({ proposals, parents }: { proposals: { id: string; title: string }[]; parents: { id: string; title: string }[] }) {
  const t = useTranslations('participate.operate.resultForm');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, createResultAction, (_d, form) => {
    toast.success(t('created'));
    form?.reset();
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('title')} errors={errors?.title} required>
        <Input name="title" maxLength={160} />
      </Field>
      <Field label={t('description')} errors={errors?.description}>
        <Textarea name="description" rows={3} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('parent')} errors={errors?.parentId}>
          <Select name="parentId" defaultValue="">
            <option value="">{t('noParent')}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('weight')} hint={t('weightHint')} errors={errors?.weight}>
          <Input name="weight" type="number" min={1} max={100} defaultValue="1" />
        </Field>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t('proposals')}</legend>
        {proposals.length === 0 && <p className="text-sm text-slate-500">{t('noProposals')}</p>}
        {proposals.map((p) => (
          <label key={p.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="proposalIds" value={p.id} className="size-4 rounded border-slate-300" /> {p.title}
          </label>
        ))}
        {errors?.proposalIds && <p className="text-sm text-red-600">{t('proposalsInvalid')}</p>}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

export function ProgressForm({ resultId, progress, status }: { resultId: string; progress: number; status: string }) {
  const t = useTranslations('participate.operate.progressForm');
  const ts = useTranslations('participate.results.status');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(resultProgressSchema, updateResultProgressAction, () => {
    toast.success(t('saved'));
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4">
      <div className="sm:col-span-4">
        <FormAlert message={formError} />
      </div>
      <input type="hidden" name="resultId" value={resultId} />
      <Field label={t('progress')} errors={errors?.progress}>
        <Input name="progress" type="number" min={0} max={100} defaultValue={String(progress)} />
      </Field>
      <Field label={t('status')} errors={errors?.status}>
        <Select name="status" defaultValue={status}>
          {(['PLANNED', 'IN_PROGRESS', 'DONE'] as const).map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('milestone')} hint={t('milestoneHint')} errors={errors?.milestoneTitle}>
        <Input name="milestoneTitle" maxLength={160} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" size="sm" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}

/** Names a mentor (only mentors are listed, and the server accepts no one else) as the proposal's evaluator. */
export function EvaluatorForm({ proposalId, evaluatorId, evaluators }: { proposalId: string; evaluatorId: string | null; evaluators: { id: string; name: string; email: string }[] }) {
  const t = useTranslations('participate.operate');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, assignEvaluatorAction, () => {
    toast.success(t('evaluatorSaved'));
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <FormAlert message={formError} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field label={t('evaluator')} errors={errors?.evaluatorId}>
        <Select name="evaluatorId" defaultValue={evaluatorId ?? ''}>
          <option value="">{t('noEvaluator')}</option>
          {evaluators.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} · {e.email}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('assign')}
      </Button>
    </form>
  );
}

export { ModerateButtons } from '@/components/moderation/moderate-buttons';
