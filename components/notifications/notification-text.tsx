import { useLocale, useTranslations } from 'next-intl';
import { notificationValues } from '@/lib/notifications/text';

/** A notification's sentence from its kind and stored values, in the reader's language. */
export function NotificationText({ kind, data }: { kind: string; data: unknown }) {
  const t = useTranslations('notifications.kinds');
  const locale = useLocale();
  if (!t.has(kind)) return <>{kind}</>;
  return <>{t(kind, notificationValues(data, locale)).trim()}</>;
}
