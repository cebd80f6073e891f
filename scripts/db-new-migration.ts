/**
 * Writes a new migration with what the Prisma schema adds since the last one:
 *   npm run db:new-migration -- add_bookings
 * Then append hand-written SQL (triggers, CHECKs, partial indexes) to the file it prints.
 * (`prisma migrate dev` is unreliable on the WebAssembly schema engine; this is the path that works.)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './lib/with-database';

async function main() {
  const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  if (!name) {
    console.error('usage: npm run db:new-migration -- <name>');
    process.exit(2);
  }
  const db = await openDatabase((l) => console.log(l));
  try {
    const sql = execFileSync(
      path.join('node_modules', '.bin', 'prisma'),
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema', '--script'],
      { encoding: 'utf8', env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log('The schema has no changes since the last migration.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
    console.log(`wrote ${path.join(dir, 'migration.sql')}`);
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
