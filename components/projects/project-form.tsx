'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { createProjectAction, updateProjectAction } from '@/lib/projects/actions';
import { PROJECT_NEEDS, PROJECT_SECTORS, PROJECT_STAGES, PROJECT_VISIBILITIES } from '@/lib/projects/policy';
import { projectSchema } from '@/lib/projects/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export type ProjectFormValues = {
  id?: string;
  name: string;
  pitch: string;
  description: string;
  sectors: string[];
  stage: string;
  organization: string;
  location: string;
  links: string[];
  needs: string[];
  visibility: string;
};

const EMPTY: ProjectFormValues = { name: '', pitch: '', description: '', sectors: [], stage: 'IDEA', organization: '', location: '', links: [], needs: [], visibility: 'PUBLIC' };

/** `then`: where a new project's owner goes next (e.g. back to starting a campaign). */
export function ProjectForm({ project, then }: { project?: ProjectFormValues; then?: string }) {
  const t = useTranslations('projects');
  const router = useRouter();
  const v = project ?? EMPTY;
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(projectSchema, project ? updateProjectAction : createProjectAction, (data) => {
    toast.success(project ? t('form.saved') : t('form.created'));
    router.push(project ? `/projects/${data.id}` : (then ?? `/projects/${data.id}/manage`));
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      {project?.id && <input type="hidden" name="projectId" value={project.id} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t('form.name')} errors={errors?.name} required>
          <Input name="name" defaultValue={v.name} maxLength={80} required />
        </Field>
        <Field label={t('form.stage')} errors={errors?.stage}>
          <Select name="stage" defaultValue={v.stage}>
            {PROJECT_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('form.pitch')} hint={t('form.pitchHint')} errors={errors?.pitch} required>
        <Input name="pitch" defaultValue={v.pitch} maxLength={140} required />
      </Field>
      <Field label={t('form.description')} hint={t('form.descriptionHint')} errors={errors?.description}>
        <Textarea name="description" defaultValue={v.description} rows={8} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('form.sectors')}</legend>
        <div className="flex flex-wrap gap-2">
          {PROJECT_SECTORS.map((s) => (
            <label key={s} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="checkbox" name="sectors" value={s} defaultChecked={v.sectors.includes(s)} className="size-4 accent-brand-600" />
              {t(`sector.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t('form.organization')} errors={errors?.organization}>
          <Input name="organization" defaultValue={v.organization} maxLength={100} />
        </Field>
        <Field label={t('form.location')} errors={errors?.location}>
          <Input name="location" defaultValue={v.location} maxLength={100} />
        </Field>
      </div>
      <Field label={t('form.links')} hint={t('form.linksHint')} errors={errors?.links ?? errors?.['links.0']}>
        <Textarea name="links" defaultValue={v.links.join('\n')} rows={2} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('form.needs')}</legend>
        <div className="flex flex-wrap gap-2">
          {PROJECT_NEEDS.map((n) => (
            <label key={n} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-accent-500 has-[:checked]:bg-amber-50">
              <input type="checkbox" name="needs" value={n} defaultChecked={v.needs.includes(n)} className="size-4 accent-brand-600" />
              {t(`need.${n}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t('form.visibility')} hint={t(`visibilityHint.${v.visibility}`)} errors={errors?.visibility}>
          <Select name="visibility" defaultValue={v.visibility}>
            {PROJECT_VISIBILITIES.map((s) => (
              <option key={s} value={s}>
                {t(`visibility.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('form.logo')} hint={t('form.logoHint')} errors={errors?.logo}>
          <Input type="file" name="logo" accept="image/png,image/jpeg,image/webp" className="py-1.5" />
        </Field>
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {project ? t('form.save') : t('form.create')}
      </Button>
    </form>
  );
}
