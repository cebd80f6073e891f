import type { ReactNode } from 'react';
import { getMessages, getNow, getTimeZone } from 'next-intl/server';
import { pickClientMessages, type SectionScope } from './client-namespaces';
import { SectionMessages } from './section-messages';

/**
 * A section's translations for the browser: the namespaces its client components use
 * (i18n/client-namespaces.ts) beyond those of the providers above it, not the whole catalog,
 * which would travel in every page's HTML. The caller has set the request's locale
 * (setRequestLocale), so cached pages stay static.
 */
export async function ClientMessages({ scope, children }: { scope: SectionScope; children: ReactNode }) {
  const [messages, timeZone, now] = await Promise.all([getMessages(), getTimeZone(), getNow()]);
  return (
    <SectionMessages messages={pickClientMessages(messages, scope)} timeZone={timeZone} now={now}>
      {children}
    </SectionMessages>
  );
}
