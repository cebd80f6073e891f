/**
 * Next calls register() once per server process. The job queue runs inside the Node.js app
 * process (never in the edge runtime, never during `next build`); ZCS_JOBS=off turns it off.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.ZCS_JOBS === 'off') return;
  const { startJobs } = await import('./lib/jobs/boss');
  startJobs().catch((error) => console.error('[jobs] could not start', error));
}
