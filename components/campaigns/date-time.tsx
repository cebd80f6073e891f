import { useLocale } from 'next-intl';

/** A moment in the space's time zone (Asia/Shanghai), in the reader's language. */
export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const locale = useLocale();
  const text = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }).format(value);
  return <time dateTime={value.toISOString()}>{text}</time>;
}
