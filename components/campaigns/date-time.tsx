import { useLocale } from 'next-intl';
import { formatDateTime, formatDay } from '@/lib/format';

/** A moment on the space's clock in the house style ("12月4日（周五）12:00" / "Fri, Dec 4, 12:00"). */
export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const locale = useLocale();
  const text = withTime ? formatDateTime(value, locale) : formatDay(value, locale);
  return <time dateTime={value.toISOString()}>{text}</time>;
}
