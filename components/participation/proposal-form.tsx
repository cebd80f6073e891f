'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { createProposalAction, editProposalAction } from '@/lib/participation/actions';
import { createProposalSchema, editProposalSchema } from '@/lib/participation/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

/** Submit a proposal to a consultation, or edit one (no image change then). */
export function ProposalForm({ consultationId, categories, initial }: { consultationId: string; categories: string[]; initial?: { proposalId: string; title: string; body: string; category: string } }) {
  const t = useTranslations('participate.form');
  const router = useRouter();
  const editing = !!initial;
  const create = useFormAction(createProposalSchema, createProposalAction, (data) => {
    toast.success(t('submitted'));
    router.push(`/participate/proposals/${data.id}`);
  });
  const edit = useFormAction(editProposalSchema, editProposalAction, () => {
    toast.success(t('saved'));
    router.push(`/participate/proposals/${initial!.proposalId}`);
  });
  const { pending, onSubmit, formAction, errors, formError } = editing ? edit : create;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {editing ? <input type="hidden" name="proposalId" value={initial.proposalId} /> : <input type="hidden" name="consultationId" value={consultationId} />}
      <Field label={t('title')} errors={errors?.title} required>
        <Input name="title" maxLength={120} defaultValue={initial?.title} placeholder={t('titlePlaceholder')} />
      </Field>
      <Field label={t('body')} hint={t('bodyHint')} errors={errors?.body} required>
        <Textarea name="body" rows={8} defaultValue={initial?.body} />
      </Field>
      {categories.length > 0 ? (
        <Field label={t('category')} errors={errors?.category}>
          <Select name="category" defaultValue={initial?.category ?? ''}>
            <option value="">{t('categoryNone')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="category" value="" />
      )}
      {!editing && (
        <Field label={t('image')} hint={t('imageHint')} errors={errors?.image}>
          <Input name="image" type="file" accept="image/png,image/jpeg,image/webp" />
        </Field>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {editing ? t('save') : t('submit')}
      </Button>
    </form>
  );
}
