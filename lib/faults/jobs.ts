import 'server-only';
import { extendOutOfService } from './bookings-service';
import { askFixVerifications } from './service';

/** Scheduled work of fault reports; each is idempotent, so overlapping runs are harmless. */
export const FAULT_JOBS = [
  { name: 'faults.ask-verification', cron: '*/10 * * * *', run: () => askFixVerifications(new Date()) },
  { name: 'faults.extend-out-of-service', cron: '17 * * * *', run: () => extendOutOfService(new Date()) },
] as const;
