import 'server-only';
import { db, type Db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { loadWorkingCalendar } from '@/lib/calendar/queries';
import { workingDayDeadline } from '@/lib/calendar/working-days';
import type { RatingCaseStatus, ServiceRecordKind } from '@/lib/generated/prisma/enums';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { sourcesOf } from '@/lib/state-machine';
import { zoneOf } from '@/lib/time';
import { inTransaction, Rollback } from '@/lib/transaction';
import { CASE_TRANSITIONS, CLASSIFICATION_TARGET, isBadLevel, isCaseClosed, nextRound, OPEN_CASE_STATUSES, RECORD_SLUGS } from './policy';
import { resolveRecord, type ServiceRecord } from './records-queries';
import type { CallBackInput, ClassifyInput, CompleteFixInput, DecideAppealInput, RateInput, RatingSettingsInput } from './schemas';

const CASE_LINK = '/operate/ratings';

/** The space whose rating settings apply: the record's, else the platform's first. */
async function settingsFor(tx: Tx, spaceId: string | null) {
  const select = { id: true, timeZone: true, ratingCaseWorkingDays: true, ratingPublicMinimum: true } as const;
  const space = (spaceId ? await tx.space.findUnique({ where: { id: spaceId }, select }) : null) ?? (await tx.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select }));
  return { timeZone: zoneOf(space), workingDays: space?.ratingCaseWorkingDays ?? 5 };
}

/**
 * The person a service record served rates it: once, and once more after a rectification case
 * told them its outcome. The unique key (record, rater, round) makes parallel attempts one row;
 * a bad rating opens its one case (unique ratingId) in the same transaction.
 */
export async function rateService(actor: Actor, input: RateInput, now = new Date()): Promise<ActionResult<{ ratingId: string; caseId: string | null }>> {
  try {
    return await inTransaction(async (tx) => {
      const record = await resolveRecord(tx, input.kind, input.recordId, actor.id, now);
      if (!record) throw new Rollback(fail('NOT_FOUND', 'ratingRecordNotFound'));
      const latest = await tx.serviceRating.findFirst({
        where: { recordKind: input.kind, recordId: input.recordId, raterId: actor.id },
        orderBy: { round: 'desc' },
        select: { round: true, case: { select: { status: true } } },
      });
      const round = nextRound(latest ? { round: latest.round, caseStatus: latest.case?.status ?? null } : null);
      if (round === null) throw new Rollback(fail('ALREADY_RATED', 'ratingAlreadyGiven'));
      const rating = await tx.serviceRating.create({
        data: {
          recordKind: input.kind,
          recordId: input.recordId,
          raterId: actor.id,
          round,
          level: input.level,
          comment: input.comment,
          serviceType: record.serviceType,
          subject: record.subject.slice(0, 200),
          spaceId: record.spaceId,
          createdAt: now,
        },
        select: { id: true },
      });
      const caseId = isBadLevel(input.level) ? await openCase(tx, rating.id, record, now) : null;
      return ok({ ratingId: rating.id, caseId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('ALREADY_RATED', 'ratingAlreadyGiven');
    throw error;
  }
}

async function openCase(tx: Tx, ratingId: string, record: ServiceRecord, now: Date): Promise<string> {
  const settings = await settingsFor(tx, record.spaceId);
  const calendar = await loadWorkingCalendar(tx);
  const dueAt = workingDayDeadline(calendar, now, settings.workingDays, settings.timeZone);
  // The responsible operator, if the record names one who still operates; else every operator's queue.
  const operators = await membersWith(tx, 'space:operate');
  const assigneeId = record.responsibleId && operators.includes(record.responsibleId) ? record.responsibleId : null;
  const created = await tx.ratingCase.create({ data: { ratingId, assigneeId, dueAt, openedAt: now }, select: { id: true } });
  await notify(tx, {
    kind: 'queueRatingCase',
    recipients: assigneeId ? [assigneeId] : operators,
    subject: { type: 'ratingCase', id: created.id },
    data: { title: record.subject, startsAt: dueAt.toISOString(), timeZone: settings.timeZone },
    link: `${CASE_LINK}/${created.id}`,
  });
  return created.id;
}

/** Moves a case with one conditional update; count 0 is NOT_FOUND or STATE_CHANGED. */
async function moveCase(tx: Tx, caseId: string, to: RatingCaseStatus, among: readonly RatingCaseStatus[] | undefined, data: Record<string, unknown>, now: Date) {
  const r = await tx.ratingCase.updateMany({
    where: { id: caseId, status: { in: sourcesOf(CASE_TRANSITIONS, to, among) } },
    data: { ...data, status: to, ...(isCaseClosed(to) ? { closedAt: now } : {}) },
  });
  if (r.count === 0) {
    const exists = await tx.ratingCase.findUnique({ where: { id: caseId }, select: { id: true } });
    throw new Rollback(exists ? fail('STATE_CHANGED', 'ratingCaseChanged') : fail('NOT_FOUND', 'ratingCaseNotFound'));
  }
  return tx.ratingCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { id: true, status: true, classification: true, reason: true, dueAt: true, rating: { select: { id: true, raterId: true, subject: true, recordKind: true, recordId: true, spaceId: true } } },
  });
}

async function tellRater(tx: Tx, c: Awaited<ReturnType<typeof moveCase>>, note: string | null) {
  const settings = await settingsFor(tx, c.rating.spaceId);
  await notify(tx, {
    kind: 'ratingCaseOutcome',
    recipients: [c.rating.raterId],
    subject: { type: 'ratingCase', id: c.id },
    eventId: c.status,
    data: { title: c.rating.subject, decision: c.status, reason: note ?? c.reason ?? '', startsAt: c.dueAt.toISOString(), timeZone: settings.timeZone },
    link: ratingLink(c.rating.recordKind, c.rating.recordId),
  });
}

function ratingLink(kind: ServiceRecordKind, recordId: string): string {
  return `/ratings/${RECORD_SLUGS[kind]}/${recordId}`;
}

/** The operator calls the rater back (through the platform: they never learn who it is) with a note. */
export async function callBackRater(actor: Actor, input: CallBackInput, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const c = await moveCase(tx, input.caseId, 'CALLED_BACK', ['OPEN'], { callbackNote: input.note, calledBackAt: now, calledBackById: actor.id }, now);
    await notify(tx, {
      kind: 'ratingCallback',
      recipients: [c.rating.raterId],
      subject: { type: 'ratingCase', id: c.id },
      data: { title: c.rating.subject, message: input.note },
      link: ratingLink(c.rating.recordKind, c.rating.recordId),
    });
    await recordAudit(tx, { actorId: actor.id, action: 'ratingCase.callBack', entityType: 'RatingCase', entityId: c.id, before: { status: 'OPEN' }, after: { status: 'CALLED_BACK' } });
    return ok();
  });
}

/** After the call back: fixed at once, fix by the deadline, explained (no fault), or appeal. */
export async function classifyCase(actor: Actor, input: ClassifyInput, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  const to = CLASSIFICATION_TARGET[input.classification];
  return inTransaction(async (tx) => {
    const c = await moveCase(tx, input.caseId, to, ['CALLED_BACK'], { classification: input.classification, reason: input.reason || null, classifiedAt: now, classifiedById: actor.id }, now);
    if (to === 'APPEALED') {
      await notify(tx, { kind: 'queueRatingAppeal', recipients: await membersWith(tx, 'rating:decide'), subject: { type: 'ratingCase', id: c.id }, eventId: now.toISOString(), data: { title: c.rating.subject, reason: input.reason }, link: `${CASE_LINK}/${c.id}` });
    } else {
      await tellRater(tx, c, null);
    }
    await recordAudit(tx, { actorId: actor.id, action: 'ratingCase.classify', entityType: 'RatingCase', entityId: c.id, before: { status: 'CALLED_BACK' }, after: { status: to, classification: input.classification, reason: input.reason } });
    return ok();
  });
}

/** A case being fixed by its deadline is marked fixed. */
export async function completeFix(actor: Actor, input: CompleteFixInput, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const c = await moveCase(tx, input.caseId, 'FIXED', ['FIXING'], input.note ? { reason: input.note } : {}, now);
    await tellRater(tx, c, input.note || null);
    await recordAudit(tx, { actorId: actor.id, action: 'ratingCase.fixed', entityType: 'RatingCase', entityId: c.id, before: { status: 'FIXING' }, after: { status: 'FIXED', note: input.note } });
    return ok();
  });
}

/** An admin decides an appeal: upheld (the rating stops counting) or rejected (classify again). */
export async function decideAppeal(actor: Actor, input: DecideAppealInput, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'rating:decide');
  const to: RatingCaseStatus = input.decision === 'UPHOLD' ? 'APPEAL_UPHELD' : 'CALLED_BACK';
  return inTransaction(async (tx) => {
    const c = await moveCase(tx, input.caseId, to, ['APPEALED'], { decisionNote: input.note, decidedAt: now, decidedById: actor.id, ...(to === 'CALLED_BACK' ? { classification: null } : {}) }, now);
    if (to === 'APPEAL_UPHELD') await tellRater(tx, c, input.note);
    await recordAudit(tx, { actorId: actor.id, action: 'ratingCase.appeal', entityType: 'RatingCase', entityId: c.id, before: { status: 'APPEALED' }, after: { status: to, note: input.note } });
    return ok();
  });
}

/**
 * Cases whose deadline passed while still open are escalated to the admins, once: the
 * conditional update claims each case (escalatedAt IS NULL) and a second runner's update waits
 * for the first's row locks, then finds nothing left to claim.
 */
export async function escalateOverdueCases(now = new Date(), client: Db = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const claimed = await tx.ratingCase.updateManyAndReturn({
      where: { status: { in: OPEN_CASE_STATUSES }, dueAt: { lte: now }, escalatedAt: null },
      data: { escalatedAt: now },
      select: { id: true, dueAt: true, rating: { select: { subject: true } } },
    });
    if (claimed.length === 0) return 0;
    const admins = await membersWith(tx, 'rating:decide');
    for (const c of claimed) {
      await notify(tx, { kind: 'ratingCaseOverdue', recipients: admins, subject: { type: 'ratingCase', id: c.id }, data: { title: c.rating.subject, startsAt: c.dueAt.toISOString() }, link: `${CASE_LINK}/${c.id}` });
    }
    return claimed.length;
  });
}

/** An operator sets the rectification deadline and the public minimum (audited). */
export async function updateRatingSettings(actor: Actor, input: RatingSettingsInput): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const before = await tx.space.findUnique({ where: { id: input.spaceId }, select: { ratingCaseWorkingDays: true, ratingPublicMinimum: true } });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'spaceNotFound'));
    const after = { ratingCaseWorkingDays: input.ratingCaseWorkingDays, ratingPublicMinimum: input.ratingPublicMinimum };
    await tx.space.update({ where: { id: input.spaceId }, data: after });
    await recordAudit(tx, { actorId: actor.id, action: 'space.ratingSettings', entityType: 'Space', entityId: input.spaceId, before, after });
    return ok();
  });
}
