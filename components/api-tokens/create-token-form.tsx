'use client';

import { Copy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { createApiTokenAction } from '@/lib/api-tokens/actions';
import { apiTokenCreateSchema } from '@/lib/api-tokens/schemas';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function CreateTokenForm() {
  const t = useTranslations('tokens');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(apiTokenCreateSchema, createApiTokenAction, (data, form) => {
    setCreated(data);
    form?.reset();
  });
  return (
    <div className="space-y-4">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <Field label={t('name')} hint={t('nameHint')} errors={errors?.name}>
            <Input name="name" placeholder="CI / 数据看板" />
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-7">
          {t('create')}
        </Button>
      </form>
      <FormAlert message={formError} />
      {created && (
        <Alert tone="success">
          <p className="font-medium">{t('createdOnce', { name: created.name })}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code data-testid="new-token" className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-emerald-200">
              {created.token}
            </code>
            <Button
              type="button"
              size="sm"
              variant="outline"
              onClick={() => navigator.clipboard.writeText(created.token).then(() => toast.success(t('copied')))}
            >
              <Copy className="size-3.5" aria-hidden />
              {t('copy')}
            </Button>
          </div>
        </Alert>
      )}
    </div>
  );
}
