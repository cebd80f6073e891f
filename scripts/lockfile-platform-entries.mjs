/**
 * Records the foreign-platform builds of native packages (swc, tailwind oxide, the Next.js
 * compiler, unrs-resolver) in package-lock.json when the registry this machine uses does not
 * serve them. npm then leaves the lockfile without those optional entries, and `npm ci`
 * refuses a lockfile that does not list every optional dependency. Each entry carries its
 * os/cpu, so npm skips it on every other platform without fetching anything.
 *   node scripts/lockfile-platform-entries.mjs   (after `npm install` changed the lockfile)
 */
import fs from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgs = lock.packages;

function platformOf(name) {
  const n = name.split('/').pop();
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony', 'wasm32'].find((o) => n.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el'].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(n.replace(os ?? '', '')));
  const libc = /musl/.test(n) ? ['musl'] : /gnu/.test(n) && os === 'linux' ? ['glibc'] : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/` : 'node_modules/';
    const candidates = [`${base}${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pkgs[c])) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || (os === process.platform && cpu === process.arch)) continue; // only foreign platforms are stubbed
    pkgs[`node_modules/${dep}`] = {
      version,
      cpu: cpu ? [cpu] : undefined,
      license: 'MIT',
      optional: true,
      os: os === 'wasm32' ? undefined : [os],
      ...(libc ? { libc } : {}),
      engines: undefined,
    };
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`recorded ${added} foreign-platform optional package(s)`);
