import { useFormatter } from 'next-intl';

/** A moment on the space's clock (next-intl's time zone, see i18n/request.ts), in the reader's language. */
export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const format = useFormatter();
  const text = format.dateTime(value, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) });
  return <time dateTime={value.toISOString()}>{text}</time>;
}
