import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['zh-CN', 'en'],
  defaultLocale: 'zh-CN',
  // Chinese URLs carry no prefix (/dashboard); English ones do (/en/dashboard).
  localePrefix: 'as-needed',
});

export type Locale = (typeof routing.locales)[number];
