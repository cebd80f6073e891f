/** npm run dev: the embedded database plus `next dev` with hot reload. */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { ensureAuthSecret } from './lib/auth-secret';
import { bin, migrate, seed } from './lib/run';
import { DATA_DIR, openDatabase } from './lib/with-database';
import { startMailReceiver } from '../lib/mail/receiver';

async function main() {
  const db = await openDatabase((l) => console.log(l));
  await migrate(db.url, true);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM "User"');
  await client.end();
  if (rows[0].n === 0) await seed(db.url);
  // No mail server configured: e-mail goes to the built-in receiver, read at /operate/outbox.
  const mailReceiver = process.env.SMTP_URL ? null : await startMailReceiver({ databaseUrl: db.url, port: Number(process.env.ZCS_SMTP_PORT ?? 0) });
  const child = spawn(bin('next'), ['dev', '-p', process.env.PORT ?? '3000'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: ensureAuthSecret(DATA_DIR), ...(mailReceiver ? { SMTP_URL: mailReceiver.url } : {}) },
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await mailReceiver?.close().catch(() => {});
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  child.on('exit', () => void stop());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
