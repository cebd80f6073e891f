import 'server-only';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/mail/render';

/**
 * The one public address of a page, in the page's language ("https://host/campaigns/x",
 * "https://host/en/campaigns/x"): what a share card copies and encodes. Built from APP_URL, never
 * from the request, so the cached HTML is the same for everyone and names no internal host.
 */
export function canonicalUrl(path: string, locale: string): string {
  return absoluteUrl(env.APP_URL, path, locale);
}
