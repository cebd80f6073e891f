/**
 * Creates the first administrator of a production install (no demo data there):
 *   npm run admin:create                                   (asks for e-mail, name, password)
 *   npm run admin:create -- --email a@b.cn --name 王建国    (asks for the password only)
 *   npm run admin:create -- --force ...                    (even though an admin exists)
 * Uses DATABASE_URL (or the embedded database), applies pending migrations first, refuses a
 * weak password with the same rules as sign-up, and refuses while an ADMIN exists unless --force.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';
import pg from 'pg';
import { EMBEDDED_DATABASE, EMBEDDED_DATABASE_URL, embeddedUrl } from './lib/database-url';
import { migrate } from './lib/run';
import { openDatabase } from './lib/with-database';
import type { DatabaseServer } from './lib/embedded-db';
import zh from '../messages/zh-CN.json';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The embedded database may already be running under `npm start`; then it is used as it is. */
async function database(): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const url = process.env.ZCS_PG_PORT ? embeddedUrl(Number(process.env.ZCS_PG_PORT), EMBEDDED_DATABASE) : EMBEDDED_DATABASE_URL;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    process.env.DATABASE_URL = url;
    return { url, stop: async () => {} };
  } catch {
    return openDatabase(() => {});
  }
}

/** One reader for every question, read as a stream: piped answers (one a line) are not lost. */
let muted = false;
let reader: readline.Interface | null = null;
let lines: AsyncIterator<string> | null = null;
async function ask(question: string, hidden = false): Promise<string> {
  reader ??= readline.createInterface({
    input: process.stdin,
    output: new Writable({
      write(chunk, _enc, done) {
        if (!muted) process.stdout.write(chunk);
        done();
      },
    }),
    terminal: process.stdin.isTTY,
  });
  lines ??= reader[Symbol.asyncIterator]();
  process.stdout.write(question);
  muted = hidden;
  const next = await lines.next();
  muted = false;
  if (hidden) process.stdout.write('\n');
  return next.done ? '' : String(next.value).trim();
}

function explain(key: string): string {
  const messages = { ...zh.validation, ...zh.errors } as Record<string, string>;
  return messages[key] ?? key;
}

async function main() {
  const db = await database();
  try {
    await migrate(db.url, true);
    // Imported after DATABASE_URL is known: lib/env.ts reads it once.
    const { adminCreateSchema } = await import('../lib/users/server-schemas');
    const { createAdmin } = await import('../lib/users/service');
    const email = flag('email') ?? (await ask('E-mail: '));
    const name = flag('name') ?? (await ask('Name / 姓名: '));
    const password = flag('password') ?? (await ask('Password / 密码 (hidden): ', true));
    reader?.close();
    const input = adminCreateSchema.safeParse({ email, name, password });
    if (!input.success) {
      for (const issue of input.error.issues) console.error(`  ${issue.path.join('.')}: ${explain(issue.message)}`);
      process.exitCode = 1;
      return;
    }
    const result = await createAdmin(input.data, { force: args.includes('--force') });
    if (!result.ok) {
      console.error(result.code === 'ADMIN_EXISTS' ? `${explain('adminExists')} (An administrator exists; use --force to add another.)` : result.code);
      process.exitCode = 1;
      return;
    }
    console.log(`[zcs] administrator ${result.data.email} is ready: sign in at /sign-in`);
  } finally {
    // Close the app's connections before an embedded server stops under them.
    if (process.env.DATABASE_URL) {
      const { db: client, pool } = await import('../lib/db');
      await client.$disconnect();
      if (!pool.ended) await pool.end();
    }
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
