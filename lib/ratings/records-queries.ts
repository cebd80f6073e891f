import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { ServiceRecordKind, ServiceType } from '@/lib/generated/prisma/enums';
import { FINAL_ANSWER_DECISIONS, isRateableBooking, isRateableFault, isRateableRegistration, isRateableSession } from './policy';

/** A service record as a rating sees it, once the rater's right to rate it is checked. */
export type ServiceRecord = {
  kind: ServiceRecordKind;
  id: string;
  serviceType: ServiceType;
  /** What was served: a resource's name, an event's title, the mentor's name. */
  subject: string;
  /** When the service happened (start of the booking, event or session). */
  at: Date;
  spaceId: string | null;
  /**
   * The operator the record names, if any (an event's organizer, the booking's approver, the
   * fault's assignee or fixer, the answer's writer); a bad rating's case goes to them.
   */
  responsibleId: string | null;
  /** Where the member reads the record itself. */
  link: string;
};

type Resolver = (client: Tx | Db, recordId: string, raterId: string, now: Date) => Promise<ServiceRecord | null>;

/**
 * One resolver per record kind: the record, if `raterId` is the person it served and the service
 * is over; otherwise null (and the caller answers NOT_FOUND, whether or not the record exists).
 */
export const RECORD_RESOLVERS = {
  BOOKING: async (client, recordId, raterId) => {
    const b = await client.booking.findFirst({
      where: { id: recordId, userId: raterId },
      select: { id: true, status: true, checkedInAt: true, startsAt: true, decidedById: true, resource: { select: { id: true, name: true, spaceId: true } } },
    });
    if (!b || !isRateableBooking(b)) return null;
    return { kind: 'BOOKING', id: b.id, serviceType: 'BOOKING', subject: b.resource.name, at: b.startsAt, spaceId: b.resource.spaceId, responsibleId: b.decidedById, link: '/bookings/mine' };
  },
  EVENT_REGISTRATION: async (client, recordId, raterId) => {
    const r = await client.eventRegistration.findFirst({
      where: { id: recordId, userId: raterId },
      select: { id: true, status: true, event: { select: { id: true, title: true, kind: true, startsAt: true, spaceId: true, organizerId: true } } },
    });
    if (!r || !isRateableRegistration(r)) return null;
    return {
      kind: 'EVENT_REGISTRATION',
      id: r.id,
      serviceType: r.event.kind === 'TRAINING' ? 'TRAINING' : 'EVENT',
      subject: r.event.title,
      at: r.event.startsAt,
      spaceId: r.event.spaceId,
      responsibleId: r.event.organizerId,
      link: `/events/${r.event.id}`,
    };
  },
  MENTORING_SESSION: async (client, recordId, raterId, now) => {
    const s = await client.mentoringSession.findFirst({
      where: { id: recordId, bookedById: raterId },
      select: { id: true, status: true, startsAt: true, endsAt: true, mentor: { select: { name: true } } },
    });
    if (!s || !isRateableSession(s, now)) return null;
    return { kind: 'MENTORING_SESSION', id: s.id, serviceType: 'MENTORING', subject: s.mentor.name, at: s.startsAt, spaceId: null, responsibleId: null, link: '/mentoring' };
  },
  /**
   * A fixed fault serves everyone it troubled: its reporter and the members who said "me too"
   * (a merged duplicate's reporter is one of them). Offered once the fix had two days to hold.
   * The responsible operator is the assignee, else whoever marked it fixed.
   */
  FAULT_REPORT: async (client, recordId, raterId, now) => {
    const f = await client.faultReport.findFirst({
      where: { id: recordId, OR: [{ reporterId: raterId }, { confirmations: { some: { userId: raterId } } }] },
      select: {
        id: true,
        status: true,
        fixedAt: true,
        verifiedAt: true,
        spaceId: true,
        assigneeId: true,
        resource: { select: { name: true } },
        space: { select: { name: true } },
        events: { where: { toStatus: 'FIXED' }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 1, select: { actorId: true } },
      },
    });
    if (!f || !f.fixedAt || !isRateableFault(f, now)) return null;
    return {
      kind: 'FAULT_REPORT',
      id: f.id,
      serviceType: 'FAULT_REPAIR',
      subject: f.resource?.name ?? f.space.name,
      at: f.fixedAt,
      spaceId: f.spaceId,
      responsibleId: f.assigneeId ?? f.events[0]?.actorId ?? null,
      link: `/faults/${f.id}`,
    };
  },
  /**
   * A proposal is served to its author once a final official answer (accepted, rejected,
   * implemented) is published; an interim "being evaluated" answer is not yet the service. The
   * responsible one is whoever wrote the latest published final answer (an operator or the named
   * evaluator).
   */
  PROPOSAL: async (client, recordId, raterId) => {
    const p = await client.proposal.findFirst({
      where: { id: recordId, authorId: raterId, hiddenAt: null },
      select: {
        id: true,
        title: true,
        evaluatorId: true,
        answers: {
          where: { publishedAt: { not: null }, decision: { in: [...FINAL_ANSWER_DECISIONS] } },
          orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
          take: 1,
          select: { authorId: true, publishedAt: true },
        },
      },
    });
    const answer = p?.answers[0];
    if (!p || !answer?.publishedAt) return null;
    return { kind: 'PROPOSAL', id: p.id, serviceType: 'PROPOSAL_ANSWER', subject: p.title, at: answer.publishedAt, spaceId: null, responsibleId: answer.authorId, link: `/participate/proposals/${p.id}` };
  },
} as const satisfies Record<ServiceRecordKind, Resolver>;

export function resolveRecord(client: Tx | Db, kind: ServiceRecordKind, recordId: string, raterId: string, now: Date): Promise<ServiceRecord | null> {
  return RECORD_RESOLVERS[kind](client, recordId, raterId, now);
}
