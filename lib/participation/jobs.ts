import 'server-only';
import { hostname } from 'node:os';
import { escalateOverdueProposals } from './escalation-service';

/**
 * Every five minutes: proposals whose answer deadline passed are escalated (督办). Idempotent
 * (a conditional update on `escalatedAt`), so every app instance may run it. The job's output
 * names the instance that ran the sweep and what it escalated, for whoever reads the job log.
 */
export const PARTICIPATION_JOBS = [
  {
    name: 'participation.escalate',
    cron: '*/5 * * * *',
    run: async () => ({ host: hostname(), pid: process.pid, ...(await escalateOverdueProposals(new Date())) }),
  },
] as const;
