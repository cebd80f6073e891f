import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getNow, getTimeZone } from 'next-intl/server';
import { pickClientMessages, type ClientScope } from './client-namespaces';

/**
 * A group's translation provider for the browser: the namespaces its client components use
 * (i18n/client-namespaces.ts), not the whole catalog, which would travel in every page's HTML.
 * The caller has set the request's locale (setRequestLocale), so cached pages stay static.
 */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: ReactNode }) {
  const [messages, timeZone, now] = await Promise.all([getMessages(), getTimeZone(), getNow()]);
  return (
    <NextIntlClientProvider messages={pickClientMessages(messages, scope)} timeZone={timeZone} now={now}>
      {children}
    </NextIntlClientProvider>
  );
}
