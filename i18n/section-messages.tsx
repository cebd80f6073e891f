'use client';

import { useMemo, type ComponentProps, type ReactNode } from 'react';
import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';

type Messages = NonNullable<ComponentProps<typeof NextIntlClientProvider>['messages']>;

/**
 * A section's messages on top of those of the provider above it (the root's, and a group's): a
 * nested provider would otherwise replace them, and every page would carry the root's twice.
 */
export function SectionMessages({ messages, timeZone, now, children }: { messages: Record<string, unknown>; timeZone: string; now: Date; children: ReactNode }) {
  const above = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...above, ...messages }) as Messages, [above, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged} timeZone={timeZone} now={now}>
      {children}
    </NextIntlClientProvider>
  );
}
