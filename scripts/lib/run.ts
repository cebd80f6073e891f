import { spawn, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

export const bin = (name: string) => path.resolve('node_modules', '.bin', name);

/** Runs a command, streaming its output; resolves with the exit code. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrThrow(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  const code = await run(cmd, args, opts);
  if (code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}`);
}

export function migrate(databaseUrl: string, quiet = false): Promise<void> {
  return runOrThrow(bin('prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
}

export function seed(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<void> {
  return runOrThrow(bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
  });
}
