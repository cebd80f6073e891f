import { DEFAULT_TIME_ZONE, monthRange as monthRangeIn } from '@/lib/time';

/** Leaderboards count months as people here live them: on the space's clock. */
export const POINTS_TIME_ZONE = DEFAULT_TIME_ZONE;

/** The instants [start, end) of the calendar month containing `now`, on the space's clock. */
export function monthRange(now: Date): { start: Date; end: Date } {
  return monthRangeIn(now, POINTS_TIME_ZONE);
}
