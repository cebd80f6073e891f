'use client';

import { useLocale, useTranslations } from 'next-intl';
import { setConsentAction } from '@/lib/accounts/actions';
import { formatDateTime } from '@/lib/format';
import { ActionButton } from '@/components/ui/action-button';

type Kind = 'TERMS' | 'PRIVACY' | 'LEADERBOARD' | 'PUBLIC_PROFILE';
export type ConsentRow = { kind: Kind; version: string; grantedAt: Date } | undefined;

/** Every consent with its version and time; the two public listings can be given or withdrawn here. */
export function ConsentList({ consents, timeZone }: { consents: Record<Kind, ConsentRow>; timeZone: string }) {
  const t = useTranslations('accounts');
  const locale = useLocale();
  const kinds: Kind[] = ['TERMS', 'PRIVACY', 'LEADERBOARD', 'PUBLIC_PROFILE'];
  return (
    <ul className="divide-y divide-slate-100">
      {kinds.map((kind) => {
        const row = consents[kind];
        const revocable = kind === 'LEADERBOARD' || kind === 'PUBLIC_PROFILE';
        return (
          <li key={kind} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm" data-consent={kind}>
            <div>
              <p className="font-medium text-slate-900">{t(`consentKind.${kind}`)}</p>
              <p className="text-slate-500">
                {row ? t('consentGranted', { version: row.version, date: formatDateTime(row.grantedAt, locale, timeZone) }) : t('consentNone')}
              </p>
            </div>
            {revocable && (
              <ActionButton
                action={setConsentAction}
                fields={{ kind, grant: row ? 'no' : 'yes' }}
                success={t('consentSaved')}
                variant="outline"
                size="sm"
                aria-label={`${row ? t('revoke') : t('grant')}: ${t(`consentKind.${kind}`)}`}
              >
                {row ? t('revoke') : t('grant')}
              </ActionButton>
            )}
          </li>
        );
      })}
    </ul>
  );
}
