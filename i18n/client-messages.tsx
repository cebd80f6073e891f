import type { ReactNode } from 'react';
import { getMessages, getNow, getTimeZone, setRequestLocale } from 'next-intl/server';
import { pickClientMessages, type SectionScope } from './client-namespaces';
import { SectionMessages } from './section-messages';

/**
 * A section's translations for the browser: the namespaces its client components use
 * (i18n/client-namespaces.ts) beyond those of the providers above it, not the whole catalog,
 * which would travel in every page's HTML.
 */
export async function ClientMessages({ scope, params, children }: { scope: SectionScope; params?: Promise<{ locale: string }>; children: ReactNode }) {
  // A public section's layout passes its params: the locale is set before anything reads it, so
  // its cached pages stay static.
  if (params) setRequestLocale((await params).locale);
  const [messages, timeZone, now] = await Promise.all([getMessages(), getTimeZone(), getNow()]);
  return (
    <SectionMessages messages={pickClientMessages(messages, scope)} timeZone={timeZone} now={now}>
      {children}
    </SectionMessages>
  );
}
