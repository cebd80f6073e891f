'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { commentAction } from '@/lib/participation/actions';
import { commentSchema } from '@/lib/participation/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function CommentForm({ proposalId, parentId = '' }: { proposalId: string; parentId?: string }) {
  const t = useTranslations('participate.comments');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(commentSchema, commentAction, (_d, form) => {
    toast.success(t('posted'));
    form?.reset();
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="parentId" value={parentId} />
      <Field label={parentId ? t('replyLabel') : t('label')} errors={errors?.body}>
        <Textarea name="body" rows={parentId ? 2 : 3} maxLength={4000} />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        {parentId ? t('reply') : t('post')}
      </Button>
    </form>
  );
}
