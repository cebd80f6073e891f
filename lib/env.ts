import 'server-only';
import { z } from 'zod';

// `next build` imports route modules to collect page data but never queries: it needs no database.
const building = process.env.NEXT_PHASE === 'phase-production-build';

const envSchema = z.object({
  DATABASE_URL: building ? z.string().default('postgresql://build@127.0.0.1:1/build') : z.string().url(),
  AUTH_SECRET: z.string().min(32).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Sign-in failures allowed per e-mail and per IP before a pause. */
  SIGNIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
  SIGNIN_BLOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Mail server (smtp:// or smtps://). npm start sets it to its built-in receiver when unset. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('众创空间 Zhongchuang Space <no-reply@zhongchuang.local>'),
  /** Public address of the web app, for links in e-mails. */
  APP_URL: z.string().url().default(`http://localhost:${process.env.PORT ?? '3000'}`),
  /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed (lib/auth/client-address.ts). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export const env = envSchema.parse(process.env);
