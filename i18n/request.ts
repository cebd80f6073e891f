import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: DEFAULT_TIME_ZONE,
    // One reference instant per request for relative times ("3 分钟前"), shared with the client.
    now: new Date(),
  };
});
