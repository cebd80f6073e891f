import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import type { RatingCaseStatus, RatingLevel, ServiceRecordKind, ServiceType } from '@/lib/generated/prisma/enums';
import { distributionOf, FAULT_RATING_AFTER_MS, FINAL_ANSWER_DECISIONS, isBadLevel, nextRound, OPEN_CASE_STATUSES, RATING_LEVELS, SERVICE_TYPES } from './policy';
import { resolveRecord } from './records-queries';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/mail/render';

const RECENT = 50;

type RatingRound = { id: string; round: number; level: RatingLevel; comment: string; createdAt: Date; case: { status: RatingCaseStatus; classification: string | null; reason: string | null; callbackNote: string | null; dueAt: Date } | null };

const roundSelect = {
  id: true,
  round: true,
  level: true,
  comment: true,
  createdAt: true,
  recordKind: true,
  recordId: true,
  case: { select: { status: true, classification: true, reason: true, callbackNote: true, dueAt: true } },
} as const;

/** One record of the member's with their ratings of it, newest round last. */
export type RateableItem = { kind: ServiceRecordKind; id: string; serviceType: ServiceType; subject: string; at: Date; rounds: RatingRound[]; nextRound: number | null };

function nextOf(rounds: RatingRound[]): number | null {
  const latest = rounds.at(-1);
  return nextRound(latest ? { round: latest.round, caseStatus: latest.case?.status ?? null } : null);
}

/**
 * The member's own finished service records (newest first), each with their ratings: for the
 * on-site QR page (narrowed to one resource or one event) and the "my ratings" list.
 */
export async function listMyRateableRecords(actor: Actor, filter: { resourceId?: string; eventId?: string } = {}, now = new Date()): Promise<RateableItem[]> {
  const wantBookings = filter.eventId === undefined;
  const wantEvents = filter.resourceId === undefined;
  const wantSessions = filter.resourceId === undefined && filter.eventId === undefined;
  // A fault of the resource belongs on its QR page too; a proposal has no place on site.
  const wantFaults = filter.eventId === undefined;
  const wantProposals = filter.resourceId === undefined && filter.eventId === undefined;
  const [bookings, registrations, sessions, faults, proposals] = await Promise.all([
    wantBookings
      ? db.booking.findMany({
          where: { userId: actor.id, checkedInAt: { not: null }, status: { in: ['CHECKED_IN', 'COMPLETED'] }, ...(filter.resourceId ? { resourceId: filter.resourceId } : {}) },
          orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
          take: RECENT,
          select: { id: true, startsAt: true, resource: { select: { name: true } } },
        })
      : [],
    wantEvents
      ? db.eventRegistration.findMany({
          where: { userId: actor.id, status: 'ATTENDED', ...(filter.eventId ? { eventId: filter.eventId } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: RECENT,
          select: { id: true, event: { select: { title: true, kind: true, startsAt: true } } },
        })
      : [],
    wantSessions
      ? db.mentoringSession.findMany({
          where: { bookedById: actor.id, status: 'BOOKED', endsAt: { lte: now } },
          orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
          take: RECENT,
          select: { id: true, startsAt: true, mentor: { select: { name: true } } },
        })
      : [],
    wantFaults
      ? db.faultReport.findMany({
          // The same rule as the resolver (isRateableFault), as a filter.
          where: {
            status: 'FIXED',
            OR: [{ reporterId: actor.id }, { confirmations: { some: { userId: actor.id } } }],
            AND: [{ OR: [{ verifiedAt: { not: null } }, { fixedAt: { lte: new Date(now.getTime() - FAULT_RATING_AFTER_MS) } }] }],
            ...(filter.resourceId ? { resourceId: filter.resourceId } : {}),
          },
          orderBy: [{ fixedAt: 'desc' }, { id: 'asc' }],
          take: RECENT,
          select: { id: true, fixedAt: true, resource: { select: { name: true } }, space: { select: { name: true } } },
        })
      : [],
    wantProposals
      ? db.proposal.findMany({
          where: { authorId: actor.id, hiddenAt: null, answers: { some: { publishedAt: { not: null }, decision: { in: [...FINAL_ANSWER_DECISIONS] } } } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: RECENT,
          select: {
            id: true,
            title: true,
            answers: { where: { publishedAt: { not: null }, decision: { in: [...FINAL_ANSWER_DECISIONS] } }, orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }], take: 1, select: { publishedAt: true } },
          },
        })
      : [],
  ]);
  const ids = [...bookings.map((b) => b.id), ...registrations.map((r) => r.id), ...sessions.map((s) => s.id), ...faults.map((f) => f.id), ...proposals.map((p) => p.id)];
  const ratings = ids.length ? await db.serviceRating.findMany({ where: { raterId: actor.id, recordId: { in: ids } }, orderBy: { round: 'asc' }, select: roundSelect }) : [];
  const roundsOf = (kind: ServiceRecordKind, id: string) => ratings.filter((r) => r.recordKind === kind && r.recordId === id);
  const items: RateableItem[] = [
    ...bookings.map((b) => ({ kind: 'BOOKING' as const, id: b.id, serviceType: 'BOOKING' as const, subject: b.resource.name, at: b.startsAt, rounds: roundsOf('BOOKING', b.id) })),
    ...registrations.map((r) => ({ kind: 'EVENT_REGISTRATION' as const, id: r.id, serviceType: (r.event.kind === 'TRAINING' ? 'TRAINING' : 'EVENT') as ServiceType, subject: r.event.title, at: r.event.startsAt, rounds: roundsOf('EVENT_REGISTRATION', r.id) })),
    ...sessions.map((s) => ({ kind: 'MENTORING_SESSION' as const, id: s.id, serviceType: 'MENTORING' as const, subject: s.mentor.name, at: s.startsAt, rounds: roundsOf('MENTORING_SESSION', s.id) })),
    ...faults.map((f) => ({ kind: 'FAULT_REPORT' as const, id: f.id, serviceType: 'FAULT_REPAIR' as const, subject: f.resource?.name ?? f.space.name, at: f.fixedAt!, rounds: roundsOf('FAULT_REPORT', f.id) })),
    ...proposals.map((p) => ({ kind: 'PROPOSAL' as const, id: p.id, serviceType: 'PROPOSAL_ANSWER' as const, subject: p.title, at: p.answers[0].publishedAt!, rounds: roundsOf('PROPOSAL', p.id) })),
  ].map((i) => ({ ...i, nextRound: nextOf(i.rounds) }));
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The rating page of one record: null (404) unless the actor is the person it served. */
export async function getRatingPage(actor: Actor, kind: ServiceRecordKind, recordId: string, now = new Date()): Promise<(RateableItem & { link: string }) | null> {
  const record = await resolveRecord(db, kind, recordId, actor.id, now);
  if (!record) return null;
  const rounds = await db.serviceRating.findMany({ where: { recordKind: kind, recordId, raterId: actor.id }, orderBy: { round: 'asc' }, select: roundSelect });
  return { kind, id: recordId, serviceType: record.serviceType, subject: record.subject, at: record.at, rounds, nextRound: nextOf(rounds), link: record.link };
}

/**
 * What staff see of a case. The rater's identity is selected only for admins: an operator's
 * query never reads it, so no page can leak it.
 */
function caseSelect(actor: Actor) {
  const admin = can(actor, 'rating:decide');
  return {
    id: true,
    status: true,
    classification: true,
    reason: true,
    callbackNote: true,
    calledBackAt: true,
    classifiedAt: true,
    decisionNote: true,
    decidedAt: true,
    closedAt: true,
    escalatedAt: true,
    openedAt: true,
    dueAt: true,
    assignee: { select: { id: true, name: true } },
    rating: {
      select: {
        id: true,
        level: true,
        comment: true,
        round: true,
        serviceType: true,
        subject: true,
        createdAt: true,
        ...(admin ? { rater: { select: { id: true, name: true, email: true } } } : {}),
      },
    },
  } as const;
}

export type StaffCase = {
  id: string;
  status: RatingCaseStatus;
  classification: string | null;
  reason: string | null;
  callbackNote: string | null;
  calledBackAt: Date | null;
  classifiedAt: Date | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  escalatedAt: Date | null;
  openedAt: Date;
  dueAt: Date;
  assignee: { id: string; name: string } | null;
  rating: { id: string; level: RatingLevel; comment: string; round: number; serviceType: ServiceType; subject: string; createdAt: Date; rater?: { id: string; name: string; email: string } };
};

/** Rectification cases for the operators: open ones first (oldest first), then the latest closed. */
export async function listRatingCases(actor: Actor, filter: { open?: boolean } = {}): Promise<StaffCase[]> {
  assertCan(actor, 'space:operate');
  const select = caseSelect(actor);
  const open = await db.ratingCase.findMany({ where: { status: { in: OPEN_CASE_STATUSES } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], take: 200, select });
  if (filter.open) return open as StaffCase[];
  const closed = await db.ratingCase.findMany({ where: { status: { notIn: OPEN_CASE_STATUSES } }, orderBy: [{ closedAt: 'desc' }, { id: 'asc' }], take: 50, select });
  return [...open, ...closed] as StaffCase[];
}

export async function getRatingCase(actor: Actor, caseId: string): Promise<StaffCase | null> {
  assertCan(actor, 'space:operate');
  return (await db.ratingCase.findUnique({ where: { id: caseId }, select: caseSelect(actor) })) as StaffCase | null;
}

/** The console's inbox entry: how many cases wait and since when the oldest. */
export async function countOpenRatingCases(actor: Actor): Promise<{ count: number; oldest: Date | null }> {
  assertCan(actor, 'space:operate');
  const [count, oldest] = await Promise.all([
    db.ratingCase.count({ where: { status: { in: OPEN_CASE_STATUSES } } }),
    db.ratingCase.findFirst({ where: { status: { in: OPEN_CASE_STATUSES } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], select: { openedAt: true } }),
  ]);
  return { count, oldest: oldest?.openedAt ?? null };
}

export type ServiceQuality = {
  minimum: number;
  types: { serviceType: ServiceType; total: number; shown: boolean; levels: { level: RatingLevel; count: number; share: number }[]; bad: number; calledBack: number }[];
  log: { id: string; serviceType: ServiceType; level: RatingLevel; status: RatingCaseStatus; openedAt: Date; closedAt: Date | null }[];
};

/**
 * The public service-quality figures: per service type the five levels and the share of bad
 * ratings called back, and an anonymised log of cases (no names, comments or subjects). Ratings
 * of an upheld appeal do not count. Reads no session.
 */
export async function getServiceQuality(): Promise<ServiceQuality> {
  const counted = { OR: [{ case: null }, { case: { status: { not: 'APPEAL_UPHELD' as const } } }] };
  const [space, grouped, calledBack, log] = await Promise.all([
    db.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { ratingPublicMinimum: true } }),
    db.serviceRating.groupBy({ by: ['serviceType', 'level'], where: counted, _count: { _all: true } }),
    db.serviceRating.groupBy({ by: ['serviceType'], where: { case: { status: { not: 'APPEAL_UPHELD' }, calledBackAt: { not: null } } }, _count: { _all: true } }),
    db.ratingCase.findMany({
      orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
      take: 60,
      select: { id: true, status: true, openedAt: true, closedAt: true, rating: { select: { serviceType: true, level: true } } },
    }),
  ]);
  const minimum = space?.ratingPublicMinimum ?? 10;
  const types = SERVICE_TYPES.map((serviceType) => {
    const counts: Partial<Record<RatingLevel, number>> = {};
    for (const g of grouped) if (g.serviceType === serviceType) counts[g.level] = g._count._all;
    const d = distributionOf(counts, minimum);
    const badCount = RATING_LEVELS.filter(isBadLevel).reduce((n, l) => n + (counts[l] ?? 0), 0);
    return { serviceType, ...d, bad: badCount, calledBack: calledBack.find((c) => c.serviceType === serviceType)?._count._all ?? 0 };
  });
  return {
    minimum,
    types,
    // A type below the minimum stays hidden in the log too.
    log: log.filter((c) => types.find((t) => t.serviceType === c.rating.serviceType)?.shown).map((c) => ({ id: c.id, serviceType: c.rating.serviceType, level: c.rating.level, status: c.status, openedAt: c.openedAt, closedAt: c.closedAt })),
  };
}

/** The absolute address a QR code on a resource's or an event's page opens (the on-site rating page). */
export function onSiteRatingUrl(target: { resourceId: string } | { eventId: string }, locale: string): string {
  const query = 'resourceId' in target ? `resource=${encodeURIComponent(target.resourceId)}` : `event=${encodeURIComponent(target.eventId)}`;
  return absoluteUrl(env.APP_URL, `/ratings/here?${query}`, locale);
}
