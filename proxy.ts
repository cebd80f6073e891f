import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Picks the language (URL prefix, then cookie, then Accept-Language: zh* -> Chinese) and
// rewrites to app/[locale]. Authorization is not decided here: every page and action checks.
export default createMiddleware(routing);

export const config = {
  // `api` then `/` or the end, not any `api…`: the page /api-docs starts with those letters too.
  matcher: ['/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)'],
};
