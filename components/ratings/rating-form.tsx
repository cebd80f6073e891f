'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { toast } from 'sonner';
import { rateServiceAction } from '@/lib/ratings/actions';
import { RATING_LEVELS } from '@/lib/ratings/policy';
import { MAX_COMMENT, rateSchema } from '@/lib/ratings/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { cn } from '@/components/ui/cn';

const TONE = {
  VERY_SATISFIED: 'peer-checked:border-emerald-600 peer-checked:bg-emerald-50',
  SATISFIED: 'peer-checked:border-emerald-500 peer-checked:bg-emerald-50',
  BASICALLY_SATISFIED: 'peer-checked:border-amber-500 peer-checked:bg-amber-50',
  DISSATISFIED: 'peer-checked:border-red-500 peer-checked:bg-red-50',
  VERY_DISSATISFIED: 'peer-checked:border-red-700 peer-checked:bg-red-50',
} as const;

/** Five levels as radio buttons and an optional comment; the same schema checks both sides. */
export function RatingForm({ kind, recordId }: { kind: string; recordId: string }) {
  const t = useTranslations('ratings');
  const tv = useTranslations('validation');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(rateSchema, rateServiceAction, () => {
    toast.success(t('saved'));
    router.refresh();
  });
  const levelError = errors?.level?.map((e) => (tv.has(e) ? tv(e) : e)).join(' ');
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="recordId" value={recordId} />
      <fieldset aria-describedby={levelError ? 'rating-level-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-900">{t('levelLabel')}</legend>
        <div className="grid gap-2 sm:grid-cols-5">
          {RATING_LEVELS.map((level) => (
            <label key={level} className="relative block cursor-pointer">
              <input type="radio" name="level" value={level} className="peer sr-only" />
              <span className={cn('block rounded-lg border-2 border-slate-200 px-3 py-2.5 text-center text-sm font-medium text-slate-800 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600', TONE[level])}>
                {t(`levels.${level}`)}
              </span>
            </label>
          ))}
        </div>
        {levelError && (
          <p id="rating-level-error" className="mt-1.5 text-sm text-red-600" role="alert">
            {levelError}
          </p>
        )}
      </fieldset>
      <Field label={t('commentLabel')} hint={t('commentHint')} errors={errors?.comment}>
        <Textarea name="comment" rows={4} maxLength={MAX_COMMENT} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
