import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { awardPoints } from '@/lib/points/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { FaultStatus } from '@/lib/generated/prisma/enums';
import { notifyFollowers, notifyOperators, notifyRateRepair, notifyVerify } from './notifications';
import { endBlock } from './bookings-service';
import { confirmsReport, FAULT_REPORT_POINTS, faultSources, isOpen, OPEN_STATUSES, CLOSED_STATUSES, VERIFY_AFTER_MS } from './policy';
import type { FaultReportInput } from './schemas';

const HOUR = 3_600_000;
const notFound = () => fail('NOT_FOUND', 'faultNotFound');
const stateChanged = () => fail('STATE_CHANGED', 'faultStateChanged');

/** The space a report without a resource belongs to: the platform's first space. */
async function defaultSpaceId(tx: Tx): Promise<string | null> {
  return (await tx.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } }))?.id ?? null;
}

/**
 * A member reports a problem with a resource or with the space. The expected-fix time comes
 * from the category's target. The photo (already checked and stored by the caller) is only
 * a key here.
 */
export async function reportFault(actor: Actor, input: Omit<FaultReportInput, 'resourceId'> & { resourceId?: string; photoKey?: string; spaceId?: string }, now = new Date()): Promise<ActionResult<{ id: string }>> {
  return inTransaction(async (tx) => {
    const category = await tx.faultCategory.findUnique({ where: { id: input.categoryId }, select: { id: true, targetHours: true } });
    if (!category) throw new Rollback(fail('VALIDATION_FAILED', 'validation', { categoryId: ['required'] }));
    let spaceId: string | null;
    if (input.resourceId) {
      const resource = await tx.resource.findFirst({ where: { id: input.resourceId, active: true }, select: { spaceId: true } });
      if (!resource) throw new Rollback(fail('NOT_FOUND', 'resourceNotFound'));
      spaceId = resource.spaceId;
    } else {
      spaceId = input.spaceId ?? (await defaultSpaceId(tx));
    }
    if (!spaceId) throw new Rollback(fail('NOT_FOUND', 'spaceNotFound'));
    const fault = await tx.faultReport.create({
      data: {
        spaceId,
        resourceId: input.resourceId ?? null,
        categoryId: category.id,
        reporterId: actor.id,
        anonymous: input.anonymous,
        description: input.description,
        location: input.location,
        photoKey: input.photoKey ?? null,
        expectedFixAt: new Date(now.getTime() + category.targetHours * HOUR),
        createdAt: now,
      },
      select: { id: true },
    });
    const event = await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: 'REPORTED', toStatus: 'NEW', createdAt: now }, select: { id: true } });
    await notifyOperators(tx, fault.id, event.id);
    return ok(fault);
  });
}

/**
 * "Me too / still broken": one confirmation per member, whatever the number of clicks; the
 * primary key decides and the count moves only with a row that was really written.
 */
export async function confirmFault(actor: Actor, input: { faultId: string }): Promise<ActionResult<{ counted: boolean; count: number }>> {
  return inTransaction(async (tx) => {
    const fault = await tx.faultReport.findUnique({ where: { id: input.faultId }, select: { id: true, status: true, reporterId: true } });
    if (!fault) throw new Rollback(notFound());
    if (!isOpen(fault.status)) throw new Rollback(stateChanged());
    if (fault.reporterId === actor.id) throw new Rollback(fail('CONFLICT', 'faultOwnReport'));
    const { count } = await tx.faultConfirmation.createMany({ data: [{ faultId: fault.id, userId: actor.id }], skipDuplicates: true });
    const row = count
      ? await tx.faultReport.update({ where: { id: fault.id }, data: { confirmationCount: { increment: 1 } }, select: { confirmationCount: true } })
      : await tx.faultReport.findUniqueOrThrow({ where: { id: fault.id }, select: { confirmationCount: true } });
    return ok({ counted: count === 1, count: row.confirmationCount });
  });
}

/** What a transition writes besides the status: fixed and closed-without-fixing never mix. */
function stampsFor(to: FaultStatus, now: Date) {
  if (to === 'FIXED') return { fixedAt: now, closedAt: null, verifyAskedAt: null, verifiedAt: null };
  if ((CLOSED_STATUSES as readonly FaultStatus[]).includes(to)) return { closedAt: now, fixedAt: null };
  return { fixedAt: null, closedAt: null };
}

/**
 * Applies one move of the transition table as a conditional update on the status read in this
 * transaction (a stale page or a second operator changes nothing and answers STATE_CHANGED),
 * writes the history row, ends an out-of-service block when the report leaves "open", awards
 * the reporter's points when an operator first confirms it, and tells the followers.
 */
async function applyTransition(
  tx: Tx,
  actor: Actor,
  faultId: string,
  to: FaultStatus,
  note: string,
  now: Date,
  extra: { duplicateOfId?: string; kind?: 'STATUS' | 'REOPENED'; reopen?: boolean } = {},
) {
  const fault = await tx.faultReport.findUnique({ where: { id: faultId }, select: { id: true, status: true, reporterId: true, blockId: true } });
  if (!fault) throw new Rollback(notFound());
  const from = fault.status;
  const { count } = await tx.faultReport.updateMany({
    where: { id: fault.id, status: { in: faultSources(to, [from]) }, ...(extra.reopen ? { reopenCount: 0 } : {}) },
    data: { status: to, ...stampsFor(to, now), ...(extra.duplicateOfId ? { duplicateOfId: extra.duplicateOfId } : {}), ...(extra.reopen ? { reopenCount: 1 } : {}) },
  });
  if (count === 0) throw new Rollback(faultSources(to).includes(from) ? stateChanged() : fail('ILLEGAL_TRANSITION', 'faultIllegalTransition'));
  const event = await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: extra.kind ?? 'STATUS', fromStatus: from, toStatus: to, note, createdAt: now }, select: { id: true } });
  if (!isOpen(to) && fault.blockId) await endBlock(tx, actor, fault.id, fault.blockId, now, to === 'DUPLICATE');
  if (fault.reporterId && confirmsReport(from, to)) {
    await awardPoints(tx, { userId: fault.reporterId, points: FAULT_REPORT_POINTS, source: 'FAULT_REPORT', sourceKey: `fault:${fault.id}`, note: 'fault report confirmed', at: now });
  }
  return { from, eventId: event.id };
}

/** An operator sets a status with a note (not DUPLICATE: a merge names the original). */
export async function setFaultStatus(actor: Actor, input: { faultId: string; status: FaultStatus; note: string }, now = new Date()): Promise<ActionResult<{ status: FaultStatus }>> {
  assertCan(actor, 'space:operate');
  if (input.status === 'DUPLICATE' || input.status === 'NEW') return fail('ILLEGAL_TRANSITION', 'faultIllegalTransition');
  return inTransaction(async (tx) => {
    const { from, eventId } = await applyTransition(tx, actor, input.faultId, input.status, input.note, now);
    await recordAudit(tx, { actorId: actor.id, action: 'fault.status', entityType: 'FaultReport', entityId: input.faultId, before: { status: from }, after: { status: input.status } });
    await notifyFollowers(tx, input.faultId, input.status === 'FIXED' ? 'faultFixed' : 'faultUpdated', eventId, input.note, actor.id);
    return ok({ status: input.status });
  });
}

/** Assigns the report to an operator (or to no one). */
export async function assignFault(actor: Actor, input: { faultId: string; assigneeId?: string; note?: string }, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    if (input.assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { id: true, roles: { select: { role: true } } } });
      if (!assignee || !can({ id: assignee.id, roles: assignee.roles.map((r) => r.role) }, 'space:operate')) {
        throw new Rollback(fail('VALIDATION_FAILED', 'validation', { assigneeId: ['faultAssigneeInvalid'] }));
      }
    }
    const { count } = await tx.faultReport.updateMany({ where: { id: input.faultId }, data: { assigneeId: input.assigneeId ?? null } });
    if (!count) throw new Rollback(notFound());
    await tx.faultEvent.create({ data: { faultId: input.faultId, actorId: actor.id, kind: 'ASSIGNED', note: input.note ?? '', createdAt: now } });
    return ok();
  });
}

/** A reply to the reporter and the confirmers, kept in the history. */
export async function replyToFault(actor: Actor, input: { faultId: string; note: string }, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const fault = await tx.faultReport.findUnique({ where: { id: input.faultId }, select: { id: true } });
    if (!fault) throw new Rollback(notFound());
    const event = await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: 'REPLY', note: input.note, createdAt: now }, select: { id: true } });
    await notifyFollowers(tx, fault.id, 'faultReply', event.id, input.note, actor.id);
    return ok();
  });
}

/**
 * Closes a report as a duplicate of another open one: the link is kept, its supporters (the
 * duplicate's reporter and its confirmers) move to the original, counted once each, and an
 * out-of-service block moves with them when the original has none.
 */
export async function mergeDuplicate(actor: Actor, input: { faultId: string; originalId: string; note: string }, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  if (input.faultId === input.originalId) return fail('INVALID_TARGET', 'faultMergeSelf');
  return inTransaction(async (tx) => {
    // Both rows locked in one order, so two merges of the same pair cannot cross.
    const ids = [input.faultId, input.originalId].sort();
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "FaultReport" WHERE "id" IN (${ids[0]}, ${ids[1]}) ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) throw new Rollback(notFound());
    const [dup, original] = await Promise.all([
      tx.faultReport.findUniqueOrThrow({ where: { id: input.faultId }, select: { id: true, reporterId: true, blockId: true } }),
      tx.faultReport.findUniqueOrThrow({ where: { id: input.originalId }, select: { id: true, status: true, reporterId: true, blockId: true } }),
    ]);
    if (!isOpen(original.status)) throw new Rollback(fail('INVALID_TARGET', 'faultMergeTargetClosed'));
    // Move the block first, so closing the duplicate does not put the machine back in service.
    if (dup.blockId && !original.blockId) {
      await tx.faultReport.update({ where: { id: dup.id }, data: { blockId: null } });
      await tx.faultReport.update({ where: { id: original.id }, data: { blockId: dup.blockId } });
    }
    const { eventId } = await applyTransition(tx, actor, dup.id, 'DUPLICATE', input.note, now, { duplicateOfId: original.id });
    await tx.$executeRaw`
      INSERT INTO "FaultConfirmation" ("faultId", "userId", "createdAt")
      SELECT ${original.id}, u."userId", ${now}
        FROM (SELECT "userId" FROM "FaultConfirmation" WHERE "faultId" = ${dup.id}
              UNION SELECT "reporterId" FROM "FaultReport" WHERE "id" = ${dup.id} AND "reporterId" IS NOT NULL) u
       WHERE u."userId" IS DISTINCT FROM ${original.reporterId}
      ON CONFLICT DO NOTHING`;
    await tx.faultConfirmation.deleteMany({ where: { faultId: dup.id } });
    await tx.$executeRaw`UPDATE "FaultReport" f SET "confirmationCount" = (SELECT count(*) FROM "FaultConfirmation" c WHERE c."faultId" = f."id") WHERE f."id" IN (${dup.id}, ${original.id})`;
    await tx.faultEvent.create({ data: { faultId: original.id, actorId: actor.id, kind: 'MERGED', note: input.note, createdAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'fault.merge', entityType: 'FaultReport', entityId: dup.id, after: { duplicateOf: original.id } });
    await notifyFollowers(tx, original.id, 'faultMerged', eventId, input.note, actor.id);
    return ok();
  });
}

/**
 * The reporter answers "is it really fixed?". Yes records it; no reopens the report, once
 * (the conditional update on reopenCount = 0 decides), and puts it back in the operators' queue.
 */
export async function answerVerification(actor: Actor, input: { faultId: string; fixed: boolean }, now = new Date()): Promise<ActionResult<{ reopened: boolean }>> {
  return inTransaction<{ reopened: boolean }>(async (tx) => {
    const fault = await tx.faultReport.findFirst({ where: { id: input.faultId, reporterId: actor.id }, select: { id: true, status: true, verifiedAt: true, reopenCount: true } });
    if (!fault) throw new Rollback(notFound());
    if (fault.status !== 'FIXED' || fault.verifiedAt) throw new Rollback(stateChanged());
    if (input.fixed) {
      const { count } = await tx.faultReport.updateMany({ where: { id: fault.id, status: 'FIXED', verifiedAt: null }, data: { verifiedAt: now } });
      if (!count) throw new Rollback(stateChanged());
      await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: 'VERIFIED', createdAt: now } });
      return ok({ reopened: false });
    }
    if (fault.reopenCount > 0) throw new Rollback(fail('STATE_CHANGED', 'faultReopenUsed'));
    const { eventId } = await applyTransition(tx, actor, fault.id, 'CONFIRMED', '', now, { kind: 'REOPENED', reopen: true });
    await notifyOperators(tx, fault.id, eventId);
    return ok({ reopened: true });
  });
}

/**
 * Two days after a fix, the reporter is asked whether it holds, and the repair's service rating
 * (lib/ratings) is offered from then on, to the reporter and, invited here, the confirmers. The
 * conditional update on verifyAskedAt (and the notice's key) makes it once per fix on any
 * number of instances.
 */
export async function askFixVerifications(now = new Date()): Promise<number> {
  const due = await db.faultReport.findMany({
    where: { status: 'FIXED', verifyAskedAt: null, verifiedAt: null, reporterId: { not: null }, fixedAt: { lte: new Date(now.getTime() - VERIFY_AFTER_MS) } },
    select: { id: true },
    take: 200,
  });
  let asked = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.faultReport.updateMany({ where: { id, status: 'FIXED', verifyAskedAt: null }, data: { verifyAskedAt: now } });
      if (!count) return;
      const f = await tx.faultReport.findUniqueOrThrow({ where: { id }, select: { fixedAt: true } });
      await notifyVerify(tx, id, f.fixedAt!);
      await notifyRateRepair(tx, id, f.fixedAt!);
      asked++;
    });
  }
  return asked;
}

export { OPEN_STATUSES };
