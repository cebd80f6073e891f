import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

const globalForMail = globalThis as unknown as { mailTransport?: Transporter; mailTransportUrl?: string };

/**
 * The SMTP transport of SMTP_URL (`smtp://user:pass@host:587`, `smtps://...:465`). npm start
 * points SMTP_URL at its built-in receiver when none is configured. Null when unset (the
 * outbox then keeps its messages queued until a server is configured).
 */
export function mailTransport(url = env.SMTP_URL): Transporter | null {
  if (!url) return null;
  if (globalForMail.mailTransport && globalForMail.mailTransportUrl === url) return globalForMail.mailTransport;
  globalForMail.mailTransport = createSmtpTransport(url);
  globalForMail.mailTransportUrl = url;
  return globalForMail.mailTransport;
}

export function createSmtpTransport(url: string): Transporter {
  // Short timeouts: a hung server fails the attempt, which is retried with backoff.
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
}
