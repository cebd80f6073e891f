import 'server-only';
import { expireOverdueTasks } from './service';

/** Background work of the tasks domain, registered with the app's job queue. */
export const TASK_JOBS = [{ name: 'tasks.expire', cron: '*/5 * * * *', run: () => expireOverdueTasks(new Date()) }] as const;
