import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bin, runOrThrow } from './run';
import { EMBEDDED_DATABASE_URL } from './database-url';

const INPUTS = ['app', 'components', 'lib', 'i18n', 'messages', 'public', 'prisma/schema', 'types', 'next.config.ts', 'proxy.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const STAMP = path.join('.next', 'zcs-build-hash');

function hashInputs(): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (p.includes(`lib${path.sep}generated`)) return;
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      h.update(p);
      h.update(fs.readFileSync(p));
    }
  };
  INPUTS.forEach(walk);
  return h.digest('hex');
}

/** Builds the production bundle unless the sources are unchanged since the last build. */
export async function ensureBuild(log: (l: string) => void): Promise<void> {
  const hash = hashInputs();
  if (fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) {
    log('production build is up to date');
    return;
  }
  log('building the production bundle (next build) ...');
  // Collecting page data evaluates route modules, and lib/env.ts insists on a DATABASE_URL;
  // nothing connects during the build, so the embedded default is enough when none is set.
  await runOrThrow(bin('next'), ['build'], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? EMBEDDED_DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' } });
  fs.writeFileSync(STAMP, hash);
}
