import type { proposalClock } from './queries';

type Clock = ReturnType<typeof proposalClock>;

/** The public clock as the API shows it. */
export function clockJson(c: Clock) {
  return { workingDaysWaited: c.elapsed, deadlineDays: c.deadlineDays, dueDate: c.dueDate, state: c.state, answered: c.answered };
}

export function proposalCardJson(p: {
  id: string;
  title: string;
  category: string;
  status: 'NOT_ANSWERED' | 'EVALUATING' | 'ACCEPTED' | 'REJECTED' | 'IMPLEMENTED' | 'WITHDRAWN';
  supportCount: number;
  commentCount: number;
  author: { id: string; name: string };
  createdAt: Date;
  escalatedAt: Date | null;
  clock: Clock;
}) {
  return {
    id: p.id,
    title: p.title,
    category: p.category,
    status: p.status,
    supportCount: p.supportCount,
    commentCount: p.commentCount,
    author: p.author,
    createdAt: p.createdAt.toISOString(),
    escalated: p.escalatedAt !== null,
    clock: clockJson(p.clock),
  };
}
