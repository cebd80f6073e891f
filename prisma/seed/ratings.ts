import type { Tx } from '@/lib/db';
import type { RatingCaseClassification, RatingCaseStatus, RatingLevel, ServiceRecordKind, ServiceType } from '@/lib/generated/prisma/enums';
import { workingDayDeadline } from '@/lib/calendar/working-days';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;

// A spread that reads like a real space: mostly satisfied, a few bad ratings to follow up.
const PATTERN: RatingLevel[] = [
  'VERY_SATISFIED', 'SATISFIED', 'VERY_SATISFIED', 'BASICALLY_SATISFIED', 'SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED',
  'VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'VERY_DISSATISFIED', 'VERY_SATISFIED', 'SATISFIED',
  'BASICALLY_SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'VERY_SATISFIED',
];

const COMMENTS: Partial<Record<RatingLevel, string[]>> = {
  VERY_SATISFIED: ['环境很好，设备维护得很到位。', '工作人员很耐心，一次就讲明白了。', ''],
  SATISFIED: ['整体不错，就是下午有点吵。', '', '预约流程很顺。'],
  BASICALLY_SATISFIED: ['能用，但插座有点少。', ''],
  DISSATISFIED: ['空调太冷，调不了温度。', '到场后发现设备没有清理干净。', '投影仪连不上笔记本。'],
  VERY_DISSATISFIED: ['预约的时段被别人占用了，现场也没人处理。', '设备中途停机，浪费了一下午。'],
};

/** Where a bad rating's case stands, in turn: most handled, some still open, one overdue. */
const CASE_PLAN: { status: RatingCaseStatus; classification?: RatingCaseClassification; reason?: string }[] = [
  { status: 'FIXED', classification: 'FIXED_AT_ONCE', reason: '已现场调整并致歉。' },
  { status: 'EXPLAINED', classification: 'EXPLAINED_NO_FAULT', reason: '当天园区统一检修，已提前公告；已向会员说明。' },
  { status: 'FIXING', classification: 'FIX_BY_DEADLINE', reason: '需要采购新的转接头，预计三个工作日内到货。' },
  { status: 'OPEN' },
  { status: 'FIXED', classification: 'FIX_BY_DEADLINE', reason: '已更换温控面板。' },
  { status: 'CALLED_BACK' },
];

type Rated = { kind: ServiceRecordKind; recordId: string; raterId: string; serviceType: ServiceType; subject: string; spaceId: string | null; at: Date };

/**
 * Ratings over the demo's finished bookings, attended events and trainings and past mentoring
 * sessions, dated just after each service, so /service-quality shows real distributions and
 * /operate/ratings has cases in every state. The demo member's own bookings stay unrated, for
 * trying the rating page.
 */
export async function seedRatings(db: Tx) {
  const now = new Date();
  const demoMember = await db.user.findUnique({ where: { email: 'member@demo.zcs.cn' }, select: { id: true } });
  const operator = await db.user.findUnique({ where: { email: 'operator@demo.zcs.cn' }, select: { id: true } });
  const bookings = await db.booking.findMany({
    where: { checkedInAt: { not: null }, status: 'COMPLETED', endsAt: { lt: now }, user: { email: { endsWith: '@demo.zcs.cn' } }, ...(demoMember ? { userId: { not: demoMember.id } } : {}) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, endsAt: true, resource: { select: { name: true, spaceId: true } } },
  });
  const registrations = await db.eventRegistration.findMany({
    where: { status: 'ATTENDED', user: { email: { endsWith: '@demo.zcs.cn' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, event: { select: { title: true, kind: true, endsAt: true, spaceId: true } } },
  });
  const sessions = await db.mentoringSession.findMany({
    where: { status: 'BOOKED', endsAt: { lt: now }, bookedBy: { email: { endsWith: '@demo.zcs.cn' } } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, bookedById: true, endsAt: true, mentor: { select: { name: true } } },
  });
  const rated: Rated[] = [
    // Two in three finished bookings get a rating.
    ...bookings.filter((_, i) => i % 3 !== 2).map((b) => ({ kind: 'BOOKING' as const, recordId: b.id, raterId: b.userId, serviceType: 'BOOKING' as const, subject: b.resource.name, spaceId: b.resource.spaceId, at: b.endsAt })),
    ...registrations.map((r) => ({ kind: 'EVENT_REGISTRATION' as const, recordId: r.id, raterId: r.userId, serviceType: (r.event.kind === 'TRAINING' ? 'TRAINING' : 'EVENT') as ServiceType, subject: r.event.title, spaceId: r.event.spaceId, at: r.event.endsAt })),
    ...sessions.map((s) => ({ kind: 'MENTORING_SESSION' as const, recordId: s.id, raterId: s.bookedById!, serviceType: 'MENTORING' as const, subject: s.mentor.name, spaceId: null, at: s.endsAt })),
  ].filter((r) => r.at.getTime() + HOUR < now.getTime());

  const days = await db.workingCalendarDay.findMany({ select: { date: true, working: true } });
  const calendar = new Map(days.map((d) => [d.date.toISOString().slice(0, 10), d.working]));
  const rows = rated.map((r, i) => {
    const level = PATTERN[(i * 7 + r.subject.length) % PATTERN.length];
    const comments = COMMENTS[level] ?? [''];
    return { recordKind: r.kind, recordId: r.recordId, raterId: r.raterId, level, comment: comments[i % comments.length], serviceType: r.serviceType, subject: r.subject, spaceId: r.spaceId, createdAt: new Date(r.at.getTime() + HOUR) };
  });
  const created = await db.serviceRating.createManyAndReturn({ data: rows, select: { id: true, level: true, createdAt: true } });
  const bad = created.filter((r) => r.level === 'DISSATISFIED' || r.level === 'VERY_DISSATISFIED');
  await db.ratingCase.createMany({
    data: bad.map(({ id, createdAt }, i) => {
      const plan = CASE_PLAN[i % CASE_PLAN.length];
      const dueAt = workingDayDeadline(calendar, createdAt, 5, TZ);
      const calledBackAt = plan.status === 'OPEN' ? null : new Date(createdAt.getTime() + 3 * HOUR);
      const classifiedAt = plan.classification ? new Date(createdAt.getTime() + 5 * HOUR) : null;
      const closed = plan.status === 'FIXED' || plan.status === 'EXPLAINED';
      return {
        ratingId: id,
        status: plan.status,
        dueAt,
        openedAt: createdAt,
        callbackNote: calledBackAt ? '已电话回访，了解了具体情况并致歉。' : null,
        calledBackAt,
        calledBackById: calledBackAt && operator ? operator.id : null,
        classification: plan.classification ?? null,
        reason: plan.reason ?? null,
        classifiedAt,
        classifiedById: classifiedAt && operator ? operator.id : null,
        closedAt: closed ? new Date(createdAt.getTime() + 24 * HOUR) : null,
        // Escalated already when the deadline passed before the demo was loaded, so no flood of notices.
        escalatedAt: !closed && dueAt < now ? dueAt : null,
      };
    }),
  });
  const cases = bad.length;
  console.log(`[seed] ratings          ${rated.length} ratings, ${cases} rectification cases`);
}
