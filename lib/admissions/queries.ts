import { cache } from 'react';
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

// cache(): the layout and the page ask for the same row in one request.
export const findRound = cache(async function findRound(id: string) {
  return db.intakeRound.findUnique({
    where: { id },
    select: { id: true, name: true, description: true, opensAt: true, closesAt: true, quota: true, questions: true, criteria: { orderBy: { position: 'asc' }, select: { id: true, label: true } } },
  });
});

/** The operators' list of rounds with application counts. */
export async function listRounds(actor: Actor) {
  assertCan(actor, 'space:operate');
  const rounds = await db.intakeRound.findMany({
    orderBy: [{ opensAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, name: true, opensAt: true, closesAt: true, quota: true, _count: { select: { applications: { where: { status: { not: 'DRAFT' } } } } } },
  });
  // Applications still waiting for a decision tell a closed round "reviewing" from "ended".
  const byStatus = rounds.length ? await db.application.groupBy({ by: ['roundId', 'status'], where: { roundId: { in: rounds.map((r) => r.id) } }, _count: true }) : [];
  const sum = (roundId: string, statuses: readonly string[]) => byStatus.filter((g) => g.roundId === roundId && statuses.includes(g.status)).reduce((n, g) => n + g._count, 0);
  return rounds.map((r) => ({ ...r, undecided: sum(r.id, ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED']), admitted: sum(r.id, ['ADMITTED']) }));
}

/** A round's applications for review (drafts stay private to their team), with average scores. */
// cache(): the layout and the page ask for the same row in one request.
export const listRoundApplications = cache(async function listRoundApplications(actor: Actor, roundId: string) {
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
});

/** One application as reviewers see it: answers, every reviewer's scores, internal comments. */
// cache(): the layout and the page ask for the same row in one request.
export const findApplicationForReview = cache(async function findApplicationForReview(actor: Actor, applicationId: string) {
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
      project: { select: { id: true, name: true, pitch: true, description: true, stage: true, organization: true, incubation: true, visibility: true } },
      scores: { select: { criterionId: true, score: true, reviewerId: true, reviewer: { select: { name: true } } } },
      comments: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
});

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

/** Several applications of one round side by side: each criterion's average score per application. */
export async function compareApplications(actor: Actor, roundId: string, ids: readonly string[]) {
  assertCan(actor, 'space:operate');
  const round = await findRound(roundId);
  if (!round) return null;
  const applications = await db.application.findMany({
    where: { roundId, id: { in: [...ids].slice(0, 6) }, status: { not: 'DRAFT' } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, status: true, project: { select: { name: true, stage: true } }, scores: { select: { criterionId: true, score: true } } },
  });
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return {
    round,
    applications: applications.map((a) => ({
      id: a.id,
      status: a.status,
      project: a.project,
      byCriterion: Object.fromEntries(round.criteria.map((c) => [c.id, { avg: avg(a.scores.filter((s) => s.criterionId === c.id).map((s) => s.score)), n: a.scores.filter((s) => s.criterionId === c.id).length }])),
      overall: avg(a.scores.map((s) => s.score)),
    })),
  };
}
