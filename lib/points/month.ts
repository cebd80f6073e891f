import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth } from 'date-fns';

/** Leaderboards count months as people here live them: in Beijing time. */
export const POINTS_TIME_ZONE = 'Asia/Shanghai';

/** The instants [start, end) of the calendar month containing `now`, in Asia/Shanghai. */
export function monthRange(now: Date): { start: Date; end: Date } {
  const local = startOfMonth(new TZDate(now.getTime(), POINTS_TIME_ZONE));
  return { start: new Date(local.getTime()), end: new Date(addMonths(local, 1).getTime()) };
}
