/** The production server under test, and the HTTP helpers the benchmark needs around it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { bin } from '../lib/run';

export type Server = { base: string; stop: () => Promise<void> };

export async function startServer(opts: { port: number; databaseUrl: string; authSecret: string }): Promise<Server> {
  const child: ChildProcess = spawn(bin('next'), ['start', '-p', String(opts.port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      AUTH_SECRET: opts.authSecret,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The job queue's minute tick would settle ended campaigns in the middle of a measurement.
      ZCS_JOBS: 'off',
    },
  });
  const base = `http://127.0.0.1:${opts.port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 240) throw new Error('the server did not answer /api/health within 2 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in through Auth.js' credentials flow and returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in as ${email} failed (status ${res.status})`);
  return session.split(';')[0];
}
