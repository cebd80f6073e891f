import 'server-only';
import { db } from '@/lib/db';
import { assertCan, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { projectAccess } from '@/lib/projects/queries';
import { recordAudit } from '@/lib/audit/service';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import type { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { canTransition, isRoundOpen, sourcesOf, type Decision } from './policy';
import type { ApplicationInput, RoundInput } from './schemas';

export async function createRound(actor: Actor, input: RoundInput): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'space:operate');
  const round = await db.intakeRound.create({
    data: {
      name: input.name,
      description: input.description,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      questions: input.questions,
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
  if (!canTransition(application.status, to, 'owner')) return fail('ILLEGAL_TRANSITION', 'illegalTransition');
  if (to === 'SUBMITTED' && !isRoundOpen(application.round, now)) return fail('ROUND_CLOSED', 'roundClosed');
  const { count } = await db.application.updateMany({
    where: { id: applicationId, status: { in: sourcesOf(to, 'owner') } },
    data: { status: to, ...(to === 'SUBMITTED' ? { submittedAt: now, submittedById: actor.id } : {}) },
  });
  if (count === 0) return fail('STATE_CHANGED', 'applicationStateChanged');
  await db.project.update({ where: { id: application.projectId }, data: { activityAt: now } });
  return ok();
}

export async function submitApplication(actor: Actor, applicationId: string, now = new Date()) {
  return transitionAsOwner(actor, applicationId, 'SUBMITTED', now);
}

/** The owner withdraws before a decision. */
export async function withdrawApplication(actor: Actor, applicationId: string, now = new Date()) {
  return transitionAsOwner(actor, applicationId, 'WITHDRAWN', now);
}

/** An operator moves an application on; decisions carry a message for the applicant and an audit entry. */
async function transitionAsOperator(actor: Actor, applicationId: string, to: ApplicationStatus, message: string | null): Promise<ActionResult<{ status: ApplicationStatus }>> {
  assertCan(actor, 'space:operate');
  return db.$transaction(async (tx) => {
    const application = await tx.application.findUnique({ where: { id: applicationId }, select: { status: true, projectId: true } });
    if (!application || application.status === 'DRAFT') return fail('NOT_FOUND', 'applicationNotFound');
    if (!canTransition(application.status, to, 'operator')) return fail('ILLEGAL_TRANSITION', 'illegalTransition');
    const decided = to === 'ADMITTED' || to === 'REJECTED' || to === 'WAITLISTED';
    const now = new Date();
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, status: { in: sourcesOf(to, 'operator') } },
      data: { status: to, ...(decided ? { decisionMessage: message, decidedById: actor.id, decidedAt: now } : {}) },
    });
    if (count === 0) return fail('STATE_CHANGED', 'applicationStateChanged');
    if (to === 'ADMITTED') {
      await tx.project.updateMany({ where: { id: application.projectId, incubation: 'NONE' }, data: { incubation: 'INCUBATING' } });
    }
    await tx.project.update({ where: { id: application.projectId }, data: { activityAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `application.${to.toLowerCase()}`,
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
  return db.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({ where: { id: projectId, incubation: 'INCUBATING' }, data: { incubation: 'GRADUATED', activityAt: new Date() } });
    if (count === 0) return fail('ILLEGAL_TRANSITION', 'illegalTransition');
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
