import type { FaultStatus } from '@/lib/generated/prisma/enums';
import { canTransition, sourcesOf } from '@/lib/state-machine';

/** Open: reported and not yet fixed or closed. NEW is "reported, not yet looked at". */
export const OPEN_STATUSES = ['NEW', 'CONFIRMED', 'INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS'] as const satisfies readonly FaultStatus[];
/** Closed without fixing: never the same state as FIXED. */
export const CLOSED_STATUSES = ['DUPLICATE', 'NOT_OURS', 'WONT_FIX'] as const satisfies readonly FaultStatus[];
export const FAULT_STATUSES = [...OPEN_STATUSES, 'FIXED', ...CLOSED_STATUSES] as const satisfies readonly FaultStatus[];

const CLOSE = ['FIXED', 'DUPLICATE', 'NOT_OURS', 'WONT_FIX'] as const;

/**
 * The one table of a fault report's moves. The open sub-states move among each other; FIXED
 * may be reopened (the reporter's "still broken", once; or an operator); closed is final.
 */
export const FAULT_TRANSITIONS = {
  NEW: ['CONFIRMED', 'INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS', ...CLOSE],
  CONFIRMED: ['INVESTIGATING', 'IN_PROGRESS', 'WAITING_FOR_PARTS', ...CLOSE],
  INVESTIGATING: ['CONFIRMED', 'IN_PROGRESS', 'WAITING_FOR_PARTS', ...CLOSE],
  IN_PROGRESS: ['INVESTIGATING', 'WAITING_FOR_PARTS', ...CLOSE],
  WAITING_FOR_PARTS: ['INVESTIGATING', 'IN_PROGRESS', ...CLOSE],
  FIXED: ['CONFIRMED'],
  DUPLICATE: [],
  NOT_OURS: [],
  WONT_FIX: [],
} satisfies Record<FaultStatus, readonly FaultStatus[]>;

export function isOpen(status: FaultStatus): boolean {
  return (OPEN_STATUSES as readonly FaultStatus[]).includes(status);
}

export function isClosedWithoutFix(status: FaultStatus): boolean {
  return (CLOSED_STATUSES as readonly FaultStatus[]).includes(status);
}

/** The statuses an operator may set by hand (DUPLICATE only through a merge, which names the original). */
export function operatorTargets(from: FaultStatus): FaultStatus[] {
  return FAULT_TRANSITIONS[from].filter((s) => s !== 'DUPLICATE');
}

export function canSet(from: FaultStatus, to: FaultStatus): boolean {
  return canTransition(FAULT_TRANSITIONS, from, to);
}

/** Where a move to `to` may start, for the conditional update. */
export function faultSources(to: FaultStatus, among?: readonly FaultStatus[]): FaultStatus[] {
  return sourcesOf(FAULT_TRANSITIONS, to, among);
}

/** Open311 knows two statuses. */
export function open311Status(status: FaultStatus): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed';
}

/** Points the reporter earns once, when an operator confirms the report is real. */
export const FAULT_REPORT_POINTS = 10;

/** Moving out of NEW to any of these means an operator accepted the report as real. */
export function confirmsReport(from: FaultStatus, to: FaultStatus): boolean {
  return from === 'NEW' && (to === 'FIXED' || (isOpen(to) && to !== 'NEW'));
}

/** The reporter is asked whether the fix holds this long after it was marked fixed. */
export const VERIFY_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

/** Median of durations in ms (null for none). Pure. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Total length of the union of intervals, clipped to [from, to). Pure. */
export function coveredMs(intervals: readonly { start: Date; end: Date }[], from: Date, to: Date): number {
  const clipped = intervals
    .map((i) => ({ s: Math.max(i.start.getTime(), from.getTime()), e: Math.min(i.end.getTime(), to.getTime()) }))
    .filter((i) => i.e > i.s)
    .sort((a, b) => a.s - b.s);
  let total = 0;
  let curS = -Infinity;
  let curE = -Infinity;
  for (const i of clipped) {
    if (i.s > curE) {
      if (curE > curS) total += curE - curS;
      curS = i.s;
      curE = i.e;
    } else if (i.e > curE) curE = i.e;
  }
  if (curE > curS) total += curE - curS;
  return total;
}
