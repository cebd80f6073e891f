/**
 * npm test: lint, typecheck, unit + integration (Vitest, real PostgreSQL), end-to-end
 * (Playwright + Chromium against a production build). Ends with one line `N passed, N failed`
 * summing every suite, and exits non-zero on any failure.
 *   npm test -- --only unit      (or lint, typecheck, e2e; comma-separated)
 *   npm test -- --only e2e tests/e2e/tasks.spec.ts   (spec files given are the only ones run)
 */
import fs from 'node:fs';
import path from 'node:path';
import { withDatabase } from './lib/database-url';
import { ensureBuild } from './lib/build';
import { bin, run, seed } from './lib/run';
import { cloneDatabase, prepareTemplate, startTestServer } from '../tests/setup/test-database';

type Outcome = { suite: string; passed: number; failed: number; note?: string; failures?: string[] };
const RESULTS = path.resolve('.data', 'test-results');
const log = (l: string) => console.log(`\n[test] ${l}`);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function check(suite: string, cmd: string, args: string[]): Promise<Outcome> {
  log(`${suite}: ${path.basename(cmd)} ${args.join(' ')}`);
  const code = await run(cmd, args);
  return { suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};

/** The first meaningful line of a failure message, short enough for the summary. */
function firstLine(message: string | undefined): string {
  const line = (message ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}

async function vitest(): Promise<Outcome> {
  log('unit + integration (Vitest)');
  const out = path.join(RESULTS, 'vitest.json');
  fs.rmSync(out, { force: true });
  const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const r = readJson<VitestReport>(out);
  if (!r) return { suite: 'unit+integration', passed: 0, failed: 1, note: `vitest exited ${code} without a report` };
  const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  const failures = (r.testResults ?? []).flatMap((file) => {
    const name = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults.filter((t) => t.status === 'failed');
    if (tests.length === 0 && file.status === 'failed') return [`${name}: ${firstLine(file.message)}`];
    return tests.map((t) => `${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  });
  return { suite: 'unit+integration', passed: r.numPassedTests, failed, failures, note: code !== 0 && r.numFailedTests === 0 ? `vitest exited ${code}` : undefined };
}

/** Spec files named on the command line (`npm test -- --only e2e tests/e2e/x.spec.ts`). */
const SPECS = process.argv.slice(2).filter((a) => a.endsWith('.spec.ts'));

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; line: number; tests?: { status: string; results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; suites?: PlaywrightSuite[] };

async function e2e(serverUrl: string): Promise<Outcome> {
  log('end-to-end (Playwright, Chromium, production build)');
  const dbUrl = await cloneDatabase(serverUrl, 'zcs_e2e');
  await seed(dbUrl);
  await ensureBuild((l) => console.log(`[test] ${l}`));
  const out = path.join(RESULTS, 'e2e.json');
  fs.rmSync(out, { force: true });
  const code = await run(bin('playwright'), ['test', ...SPECS], { env: { ...process.env, E2E_DATABASE_URL: dbUrl } });
  const r = readJson<PlaywrightReport>(out);
  if (!r) return { suite: 'e2e', passed: 0, failed: 1, note: `playwright exited ${code} without a report` };
  const extra = code !== 0 && r.stats.unexpected === 0 ? 1 : 0;
  const failures: string[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const error = t.results?.find((res) => res.error)?.error?.message;
        failures.push(`${file}:${spec.line} › ${spec.title}: ${firstLine(error?.replace(/\u001b\[[0-9;]*m/g, ''))}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const s of r.suites ?? []) walk(s, s.file ?? s.title);
  return { suite: 'e2e', passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + extra, failures, note: extra ? `playwright exited ${code}` : undefined };
}

async function main() {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
  const want = (s: string) => !only || only.has(s);
  fs.mkdirSync(RESULTS, { recursive: true });
  const outcomes: Outcome[] = [];

  if (want('lint')) outcomes.push(await check('lint', bin('eslint'), ['.', '--max-warnings=0']));
  if (want('typecheck')) {
    await run(bin('next'), ['typegen']);
    outcomes.push(await check('typecheck', bin('tsc'), ['--noEmit']));
  }

  if (want('unit') || want('e2e')) {
    const server = await startTestServer();
    try {
      log('preparing the template database (migrations)');
      await prepareTemplate(server.url);
      process.env.TEST_DATABASE_URL = withDatabase(server.url, 'postgres');
      process.env.ZCS_TEMPLATE_READY = '1';
      // The integration tier starts production servers too (tests/integration/two-instances.test.ts).
      if (want('unit')) {
        await ensureBuild((l) => console.log(`[test] ${l}`));
        outcomes.push(await vitest());
      }
      if (want('e2e')) outcomes.push(await e2e(server.url).catch((e) => ({ suite: 'e2e', passed: 0, failed: 1, note: String(e) })));
    } finally {
      await server.stop();
    }
  }

  const failures = outcomes.flatMap((o) => (o.failures ?? []).map((f) => `  ✗ [${o.suite}] ${f}`));
  if (failures.length > 0) console.log(`\n[test] failed\n${failures.join('\n')}`);
  console.log('\n[test] summary');
  for (const o of outcomes) console.log(`  ${o.suite.padEnd(18)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(4)} failed${o.note ? `  (${o.note})` : ''}`);
  const passed = outcomes.reduce((s, o) => s + o.passed, 0);
  const failed = outcomes.reduce((s, o) => s + o.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
