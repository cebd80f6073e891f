import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';

/** Rounds taking applications right now. */
export async function listOpenRounds(now = new Date()) {
  return db.intakeRound.findMany({
    where: { opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, description: true, opensAt: true, closesAt: true, questions: true, criteria: { orderBy: { position: 'asc' }, select: { id: true, label: true } } },
  });
}

export async function findRound(id: string) {
  return db.intakeRound.findUnique({
    where: { id },
    select: { id: true, name: true, description: true, opensAt: true, closesAt: true, questions: true, criteria: { orderBy: { position: 'asc' }, select: { id: true, label: true } } },
  });
}

/** The operators' list of rounds with application counts. */
export async function listRounds(actor: Actor) {
  assertCan(actor, 'space:operate');
  return db.intakeRound.findMany({
    orderBy: [{ opensAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, name: true, opensAt: true, closesAt: true, _count: { select: { applications: { where: { status: { not: 'DRAFT' } } } } } },
  });
}

/** A round's applications for review (drafts stay private to their team), with average scores. */
export async function listRoundApplications(actor: Actor, roundId: string) {
  assertCan(actor, 'space:operate');
  const round = await findRound(roundId);
  if (!round) return null;
  const applications = await db.application.findMany({
    where: { roundId, status: { not: 'DRAFT' } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      status: true,
      submittedAt: true,
      project: { select: { id: true, name: true, stage: true, organization: true } },
      scores: { select: { score: true } },
      _count: { select: { comments: true } },
    },
  });
  return {
    round,
    applications: applications.map(({ scores, ...a }) => ({
      ...a,
      averageScore: scores.length ? scores.reduce((s, x) => s + x.score, 0) / scores.length : null,
      scoreCount: scores.length,
    })),
  };
}

/** One application as reviewers see it: answers, every reviewer's scores, internal comments. */
export async function findApplicationForReview(actor: Actor, applicationId: string) {
  assertCan(actor, 'space:operate');
  return db.application.findFirst({
    where: { id: applicationId, status: { not: 'DRAFT' } },
    select: {
      id: true,
      status: true,
      answers: true,
      submittedAt: true,
      decisionMessage: true,
      decidedAt: true,
      round: { select: { id: true, name: true, questions: true, criteria: { orderBy: { position: 'asc' }, select: { id: true, label: true } } } },
      project: { select: { id: true, name: true, pitch: true, description: true, stage: true, organization: true, incubation: true } },
      scores: { select: { criterionId: true, score: true, reviewerId: true, reviewer: { select: { name: true } } } },
      comments: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
}

/**
 * What an applicant sees of their project's applications. The select lists exactly the
 * applicant-facing fields: scores and internal comments are never read here.
 */
export async function listApplicationsForOwner(actor: Actor, projectId: string) {
  const team = await db.projectMember.count({ where: { projectId, userId: actor.id } });
  if (!team) return null;
  return db.application.findMany({
    where: { projectId, project: { members: { some: { userId: actor.id } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      answers: true,
      submittedAt: true,
      decisionMessage: true,
      decidedAt: true,
      createdAt: true,
      round: { select: { id: true, name: true, questions: true, closesAt: true } },
    },
  });
}
export type OwnerApplication = NonNullable<Awaited<ReturnType<typeof listApplicationsForOwner>>>[number];
