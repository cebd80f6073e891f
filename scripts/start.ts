/**
 * npm start: database (embedded unless DATABASE_URL), migrations, demo data on first start,
 * production build, server. Ctrl-C stops the server and the database; data stays in .data/.
 *
 * Demo data (accounts with a published password) is loaded into an empty embedded database
 * only. An external DATABASE_URL is taken to be a real install: it gets demo data only when
 * asked (`npm start -- --demo` or ZCS_DEMO=1); its first administrator comes from
 * `npm run admin:create`.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { ensureAuthSecret } from './lib/auth-secret';
import { ensureBuild } from './lib/build';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../prisma/seed/demo-logins';
import { demoDataWanted } from './lib/demo-data';
import { migrate, seed } from './lib/run';
import { DATA_DIR, openDatabase } from './lib/with-database';
import { startMailReceiver, type MailReceiver } from '../lib/mail/receiver';

const log = (line: string) => console.log(`[zcs] ${line}`);

async function countUsers(url: string): Promise<{ users: number; admins: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "UserRole" WHERE role = 'ADMIN') AS admins`);
    return rows[0];
  } finally {
    await client.end();
  }
}


async function main() {
  const external = !!process.env.DATABASE_URL;
  if (external && !process.env.AUTH_SECRET) {
    throw new Error('AUTH_SECRET must be set when DATABASE_URL points at an external database (e.g. `openssl rand -base64 32`).');
  }
  const authSecret = ensureAuthSecret(DATA_DIR);
  const port = process.env.PORT ?? '3000';

  log(external ? 'using the PostgreSQL at DATABASE_URL' : 'starting the embedded PostgreSQL (.data/pg) ...');
  const db = await openDatabase(log);
  let server: ReturnType<typeof spawn> | null = null;
  let mailReceiver: MailReceiver | null = null;
  let seededDemo = false;
  let showDemoLogins = false;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping ...');
    server?.kill('SIGTERM');
    await mailReceiver?.close().catch(() => {});
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    log('applying migrations ...');
    await migrate(db.url, true);
    const demo = demoDataWanted({ external, argv: process.argv.slice(2), env: process.env });
    const before = await countUsers(db.url);
    if (before.users === 0 && demo) {
      log('first start: loading demo data ...');
      await seed(db.url);
      seededDemo = true;
    } else if (before.admins === 0 && !demo) {
      log('no administrator yet: create one with `npm run admin:create` (demo data is loaded only with --demo or ZCS_DEMO=1)');
    }
    showDemoLogins = demo;
    await ensureBuild(log);
    // No mail server configured: e-mail goes to the built-in receiver, read at /operate/outbox.
    if (!process.env.SMTP_URL) {
      mailReceiver = await startMailReceiver({ databaseUrl: db.url, port: Number(process.env.ZCS_SMTP_PORT ?? 0) });
      log(`no SMTP_URL: e-mail goes to the built-in receiver (${mailReceiver.url}), read it at /operate/outbox`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
    return;
  }

  // scripts/serve.mjs is `next start` plus the socket address (lib/auth/client-address.ts).
  server = spawn(process.execPath, ['scripts/serve.mjs', '-p', port], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: authSecret,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...(mailReceiver ? { SMTP_URL: mailReceiver.url } : {}),
    },
  });
  server.on('exit', (code) => void stop(code ?? 0));

  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const logins = showDemoLogins
    ? [`  │ Demo logins (password: ${DEMO_PASSWORD})${seededDemo ? '' : ', unless changed since'}`, ...DEMO_LOGINS.map((d) => `  │   ${d.role.padEnd(13)} ${d.email}`)]
    : ['  │ Sign in with your administrator (`npm run admin:create` makes the first one).'];
  console.log(`
  ┌──────────────────────────────────────────────────────────────
  │ 众创空间 Zhongchuang Space is running at ${url}
  │
${logins.join('\n')}
  │
  │ Ctrl-C stops the server${external ? '' : ' and the database; data stays in .data/'}
  └──────────────────────────────────────────────────────────────
`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
