import 'server-only';
import { db } from '@/lib/db';
import { assertCan, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { projectAccess } from '@/lib/projects/queries';
import { recordAudit } from '@/lib/audit/service';
import type { AuditAction } from '@/lib/audit/actions';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { sourcesOf } from '@/lib/state-machine';
import { APPLICATION_TRANSITIONS, canMove, isRoundOpen, type Decision } from './policy';
import type { ApplicationInput, RoundInput } from './schemas';
import { notifyApplicationDecided, notifyApplicationSubmitted } from './notifications';

export async function createRound(actor: Actor, input: RoundInput): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'space:operate');
  const round = await db.intakeRound.create({
    data: {
      name: input.name,
      description: input.description,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      questions: input.questions,
      quota: input.quota ?? null,
      createdById: actor.id,
      criteria: { create: input.criteria.map((label, position) => ({ label, position })) },
    },
    select: { id: true },
  });
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.id, action: 'intakeRound.create', entityType: 'IntakeRound', entityId: round.id, after: { name: input.name } }),
  );
  return ok(round);
}

/** The owner applies: a project the actor may not see is not found, one they see but do not own is forbidden. */
async function requireOwner(actor: Actor, projectId: string): Promise<ActionResult> {
  const access = await projectAccess(actor, projectId);
  if (access === 'OWNER') return ok();
  if (access === 'none') return fail('NOT_FOUND', 'projectNotFound');
  throw new ForbiddenError('project:manage-own');
}

/** The owner writes (or rewrites) a draft for an open round, and submits it when asked. */
export async function saveApplication(actor: Actor, input: ApplicationInput, now = new Date()): Promise<ActionResult<{ id: string; status: ApplicationStatus }>> {
  const guard = await requireOwner(actor, input.projectId);
  if (!guard.ok) return guard;
  const round = await db.intakeRound.findUnique({ where: { id: input.roundId }, select: { opensAt: true, closesAt: true, questions: true } });
  if (!round) return fail('NOT_FOUND', 'roundNotFound');
  if (!isRoundOpen(round, now)) return fail('ROUND_CLOSED', 'roundClosed');
  const answers = round.questions.map((_, i) => input.answers[i]?.trim() ?? '');
  if (input.submit && answers.some((a) => !a)) {
    return fail('VALIDATION_FAILED', 'validation', Object.fromEntries(answers.flatMap((a, i) => (a ? [] : [[`answers.${i}`, ['required']]]))));
  }

  let id: string;
  const existing = await db.application.findUnique({ where: { roundId_projectId: { roundId: input.roundId, projectId: input.projectId } }, select: { id: true, status: true } });
  if (existing) {
    const { count } = await db.application.updateMany({ where: { id: existing.id, status: 'DRAFT' }, data: { answers } });
    if (count === 0) return fail('ALREADY_APPLIED', 'alreadyApplied');
    id = existing.id;
  } else {
    try {
      ({ id } = await db.application.create({ data: { roundId: input.roundId, projectId: input.projectId, answers, submittedById: actor.id }, select: { id: true } }));
    } catch (error) {
      if (isUniqueViolation(error)) return fail('ALREADY_APPLIED', 'alreadyApplied');
      throw error;
    }
  }
  if (!input.submit) return ok({ id, status: 'DRAFT' });
  const submitted = await transitionAsOwner(actor, id, 'SUBMITTED', now);
  return submitted.ok ? ok({ id, status: 'SUBMITTED' }) : submitted;
}

async function transitionAsOwner(actor: Actor, applicationId: string, to: 'SUBMITTED' | 'WITHDRAWN', now: Date): Promise<ActionResult> {
  // The team sees its applications (lib/admissions/queries); only the owner moves them.
  const application = await db.application.findFirst({
    where: { id: applicationId, project: { members: { some: { userId: actor.id } } } },
    select: { status: true, projectId: true, round: { select: { opensAt: true, closesAt: true } }, project: { select: { members: { where: { userId: actor.id }, select: { role: true } } } } },
  });
  if (!application) return fail('NOT_FOUND', 'applicationNotFound');
  if (application.project.members[0]?.role !== 'OWNER') throw new ForbiddenError('project:manage-own');
  if (!canMove(application.status, to, 'owner')) return fail('ILLEGAL_TRANSITION', 'illegalTransition');
  if (to === 'SUBMITTED' && !isRoundOpen(application.round, now)) return fail('ROUND_CLOSED', 'roundClosed');
  return inTransaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, status: { in: sourcesOf(APPLICATION_TRANSITIONS, to) } },
      data: { status: to, ...(to === 'SUBMITTED' ? { submittedAt: now, submittedById: actor.id } : {}) },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'applicationStateChanged'));
    await tx.project.update({ where: { id: application.projectId }, data: { activityAt: now } });
    if (to === 'SUBMITTED') await notifyApplicationSubmitted(tx, applicationId, now);
    return ok();
  });
}

export async function submitApplication(actor: Actor, applicationId: string, now = new Date()) {
  return transitionAsOwner(actor, applicationId, 'SUBMITTED', now);
}

/** The owner withdraws before a decision. */
export async function withdrawApplication(actor: Actor, applicationId: string, now = new Date()) {
  return transitionAsOwner(actor, applicationId, 'WITHDRAWN', now);
}

/** An operator moves an application on; decisions carry a message for the applicant and an audit entry. */
/** The audit code of each move an operator makes. */
const OPERATOR_AUDIT = {
  UNDER_REVIEW: 'application.under_review',
  ADMITTED: 'application.admitted',
  REJECTED: 'application.rejected',
  WAITLISTED: 'application.waitlisted',
} as const satisfies Record<'UNDER_REVIEW' | Decision, AuditAction>;

async function transitionAsOperator(actor: Actor, applicationId: string, to: keyof typeof OPERATOR_AUDIT, message: string | null): Promise<ActionResult<{ status: ApplicationStatus }>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const application = await tx.application.findUnique({ where: { id: applicationId }, select: { status: true, projectId: true, roundId: true } });
    if (!application || application.status === 'DRAFT') throw new Rollback(fail('NOT_FOUND', 'applicationNotFound'));
    if (!canMove(application.status, to, 'operator')) throw new Rollback(fail('ILLEGAL_TRANSITION', 'illegalTransition'));
    const decided = to === 'ADMITTED' || to === 'REJECTED' || to === 'WAITLISTED';
    const now = new Date();
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, status: { in: sourcesOf(APPLICATION_TRANSITIONS, to) } },
      data: { status: to, ...(decided ? { decisionMessage: message, decidedById: actor.id, decidedAt: now } : {}) },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'applicationStateChanged'));
    if (to === 'ADMITTED') {
      // Places are limited: the round's row lock serialises admissions to one round, so two
      // operators admitting the last place at once cannot both succeed.
      const [round] = await tx.$queryRaw<{ quota: number | null }[]>`SELECT "quota" FROM "IntakeRound" WHERE "id" = ${application.roundId} FOR UPDATE`;
      if (round?.quota != null) {
        // Counted after the lock, so it sees every admission committed before ours (and ours).
        const admitted = await tx.application.count({ where: { roundId: application.roundId, status: 'ADMITTED' } });
        if (admitted > round.quota) throw new Rollback(fail('ROUND_FULL', 'roundFull'));
      }
      await tx.project.updateMany({ where: { id: application.projectId, incubation: 'NONE' }, data: { incubation: 'INCUBATING' } });
    }
    await tx.project.update({ where: { id: application.projectId }, data: { activityAt: now } });
    if (decided) await notifyApplicationDecided(tx, applicationId, to, message ?? '');
    await recordAudit(tx, {
      actorId: actor.id,
      action: OPERATOR_AUDIT[to],
      entityType: 'Application',
      entityId: applicationId,
      before: { status: application.status },
      after: { status: to, ...(message ? { message } : {}) },
    });
    return ok({ status: to });
  });
}

export async function startReview(actor: Actor, applicationId: string) {
  return transitionAsOperator(actor, applicationId, 'UNDER_REVIEW', null);
}

export async function decideApplication(actor: Actor, input: { applicationId: string; decision: Decision; message: string }) {
  return transitionAsOperator(actor, input.applicationId, input.decision, input.message);
}

/** An incubating project leaves the programme as a graduate. */
export async function graduateProject(actor: Actor, projectId: string): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const { count } = await tx.project.updateMany({ where: { id: projectId, incubation: 'INCUBATING' }, data: { incubation: 'GRADUATED', activityAt: new Date() } });
    if (count === 0) throw new Rollback(fail('ILLEGAL_TRANSITION', 'illegalTransition'));
    await recordAudit(tx, { actorId: actor.id, action: 'project.graduate', entityType: 'Project', entityId: projectId, before: { incubation: 'INCUBATING' }, after: { incubation: 'GRADUATED' } });
    return ok();
  });
}

/** One score per reviewer and criterion: scoring again replaces the reviewer's own score. */
export async function scoreApplication(actor: Actor, input: { applicationId: string; criterionId: string; score: number }): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  const application = await db.application.findFirst({
    where: { id: input.applicationId, status: { in: ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'] }, round: { criteria: { some: { id: input.criterionId } } } },
    select: { id: true },
  });
  if (!application) return fail('NOT_FOUND', 'applicationNotFound');
  await db.applicationScore.upsert({
    where: { applicationId_criterionId_reviewerId: { applicationId: input.applicationId, criterionId: input.criterionId, reviewerId: actor.id } },
    create: { applicationId: input.applicationId, criterionId: input.criterionId, reviewerId: actor.id, score: input.score },
    update: { score: input.score },
  });
  return ok();
}

export async function commentOnApplication(actor: Actor, input: { applicationId: string; body: string }): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'space:operate');
  const exists = await db.application.count({ where: { id: input.applicationId, status: { not: 'DRAFT' } } });
  if (!exists) return fail('NOT_FOUND', 'applicationNotFound');
  const comment = await db.applicationComment.create({ data: { applicationId: input.applicationId, authorId: actor.id, body: input.body }, select: { id: true } });
  return ok(comment);
}

/**
 * A reviewer's whole score sheet in one save: every criterion of the round given a score is
 * written, every criterion left empty has the reviewer's own score removed (so "not scored"
 * stays visible instead of a default), all in one transaction.
 */
export async function saveReviewScores(actor: Actor, input: { applicationId: string; scores: Record<string, number | null> }): Promise<ActionResult<{ scored: number; unscored: number }>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: input.applicationId, status: { in: ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'] } },
      select: { id: true, round: { select: { criteria: { select: { id: true } } } } },
    });
    if (!application) throw new Rollback(fail('NOT_FOUND', 'applicationNotFound'));
    const criteria = new Set(application.round.criteria.map((c) => c.id));
    if (Object.keys(input.scores).some((id) => !criteria.has(id))) throw new Rollback(fail('NOT_FOUND', 'applicationNotFound'));
    let scored = 0;
    for (const criterionId of criteria) {
      const score = input.scores[criterionId] ?? null;
      const key = { applicationId: application.id, criterionId, reviewerId: actor.id };
      if (score === null) {
        await tx.applicationScore.deleteMany({ where: key });
        continue;
      }
      scored++;
      await tx.applicationScore.upsert({ where: { applicationId_criterionId_reviewerId: key }, create: { ...key, score }, update: { score } });
    }
    return ok({ scored, unscored: criteria.size - scored });
  });
}
