/**
 * The built-in mail receiver on its own, for the end-to-end tests' server:
 *   DATABASE_URL=... tsx scripts/mail-receiver.ts <port>
 * E-mail the app sends over SMTP lands in the ReceivedMail table, read at /operate/outbox.
 */
import { startMailReceiver } from '../lib/mail/receiver';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');

async function main(url: string) {
  const receiver = await startMailReceiver({ databaseUrl: url, port: Number(process.argv[2] ?? 0) });
  console.log(`[mail] receiving on ${receiver.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void receiver.close().finally(() => process.exit(0));
    });
  }
}

main(databaseUrl).catch((error) => {
  console.error(error);
  process.exit(1);
});
