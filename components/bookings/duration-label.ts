'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatTime } from '@/lib/format';

/** "2 小时，至 15:00" / "2 hours, until 15:00": a booking length in hours with its end on the space's clock. */
export function useDurationLabel(timeZone: string) {
  const t = useTranslations('deskPick');
  const locale = useLocale();
  return (start: string | Date, minutes: number) => {
    const end = formatTime(new Date(new Date(start).getTime() + minutes * 60_000), locale, timeZone);
    return minutes % 30 === 0 ? t('hoursUntil', { hours: minutes / 60, end }) : t('durationMinutes', { minutes, end });
  };
}
