'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { signUpAction } from '@/lib/users/actions';
import { signUpSchema } from '@/lib/users/schemas';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';
import { signUpConsentSchema } from '@/lib/accounts/schemas';
import { SignUpConsents } from '@/components/accounts/sign-up-consents';

const INTENTS = ['ENTREPRENEUR', 'MEMBER', 'MENTOR', 'INVESTOR'] as const;

export function SignUpForm({ invite, email }: { invite?: string; email?: string } = {}) {
  const t = useTranslations('auth');
  const [intent, setIntent] = useState<(typeof INTENTS)[number]>('ENTREPRENEUR');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(signUpSchema.extend(signUpConsentSchema.shape), signUpAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('name')} errors={errors?.name} hint={t('nameHint')} required>
        <Input name="name" autoComplete="name" maxLength={80} />
      </Field>
      <Field label={t('email')} errors={errors?.email} required>
        <Input name="email" type="email" autoComplete="email" inputMode="email" defaultValue={email} />
      </Field>
      <Field label={t('password')} errors={errors?.password} hint={t('passwordHint')} required>
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('intentLegend')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {INTENTS.map((value) => (
            <label
              key={value}
              className={cn(
                'flex cursor-pointer gap-3 rounded-xl border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300',
                intent === value ? 'border-brand-500 bg-brand-50' : 'border-slate-200 hover:border-slate-300',
              )}
            >
              <input type="radio" name="intent" value={value} checked={intent === value} onChange={() => setIntent(value)} className="mt-1 accent-brand-600" />
              <span>
                <span className="block font-medium text-slate-900">{t(`intent.${value}.title`)}</span>
                <span className="block text-slate-600">{t(`intent.${value}.description`)}</span>
              </span>
            </label>
          ))}
        </div>
        {(intent === 'MENTOR' || intent === 'INVESTOR') && <p className="mt-2 text-sm text-amber-700">{t('intentReviewNote')}</p>}
      </fieldset>
      <SignUpConsents errors={errors?.terms} invite={invite} />
      <Button type="submit" className="w-full" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('signingUp') : t('signUpButton')}
      </Button>
    </form>
  );
}
