'use client';

import { useTranslations } from 'next-intl';
import { Alert } from './alert';

/** Translates a service message key (`rateLimited:15` carries one number) from the `errors` catalog. */
export function useErrorText() {
  const t = useTranslations('errors');
  return (message: string) => {
    // `key:value` carries one value: a number (`n`) or a name (`name`).
    const cut = message.indexOf(':');
    const key = cut < 0 ? message : message.slice(0, cut);
    const v = cut < 0 ? '' : message.slice(cut + 1);
    return t.has(key) ? t(key, { n: Number(v || 0), name: v }) : t('generic');
  };
}

export function FormAlert({ message }: { message?: string }) {
  const text = useErrorText();
  if (!message) return null;
  return <Alert tone="error">{text(message)}</Alert>;
}
