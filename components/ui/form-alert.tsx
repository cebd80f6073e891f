'use client';

import { useTranslations } from 'next-intl';
import { Alert } from './alert';

/** Translates a service message key (`rateLimited:15` carries one number) from the `errors` catalog. */
export function useErrorText() {
  const t = useTranslations('errors');
  return (message: string) => {
    const [key, n] = message.split(':');
    return t.has(key) ? t(key, { n: Number(n ?? 0) }) : t('generic');
  };
}

export function FormAlert({ message }: { message?: string }) {
  const text = useErrorText();
  if (!message) return null;
  return <Alert tone="error">{text(message)}</Alert>;
}
