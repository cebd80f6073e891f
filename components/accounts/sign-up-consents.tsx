'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Link } from '@/i18n/navigation';

/** The sign-up form's consents: the terms (required) and the two separate, optional ones. */
export function SignUpConsents({ errors, invite }: { errors?: string[]; invite?: string }) {
  const t = useTranslations('accounts');
  const tv = useTranslations('validation');
  const id = useId();
  const errorId = errors?.length ? `${id}-error` : undefined;
  const link = (href: '/terms' | '/privacy') =>
    function DocLink(chunks: React.ReactNode) {
      return (
        <Link href={href} target="_blank" className="font-medium text-brand-700 underline">
          {chunks}
        </Link>
      );
    };
  return (
    <fieldset className="space-y-2 text-sm text-slate-700">
      {invite && <input type="hidden" name="invite" value={invite} />}
      <div>
        <label className="flex gap-2">
          <input type="checkbox" name="terms" className="mt-1 accent-brand-600" aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
          <span>{t.rich('consentTerms', { terms: link('/terms'), privacy: link('/privacy') })}</span>
        </label>
        {errorId && (
          <p id={errorId} className="text-sm text-red-600" role="alert">
            {errors!.map((e) => (tv.has(e) ? tv(e) : e)).join(' ')}
          </p>
        )}
      </div>
      <p className="pt-1 text-slate-500">{t('consentOptional')}</p>
      <label className="flex gap-2">
        <input type="checkbox" name="leaderboard" className="mt-1 accent-brand-600" />
        <span>{t('consentLeaderboard')}</span>
      </label>
      <label className="flex gap-2">
        <input type="checkbox" name="publicProfile" className="mt-1 accent-brand-600" />
        <span>{t('consentPublicProfile')}</span>
      </label>
    </fieldset>
  );
}
