import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { sourcesOf } from '@/lib/state-machine';
import { EXPORT_TTL_MS } from './legal';
import { DATA_EXPORT_TRANSITIONS } from './policy';

export const EXPORT_FORMAT = 'zhongchuang-space/member-data@1';

/**
 * Everything the platform holds about one member, read with that member's id in every filter:
 * their own rows only, never the rows of the people they dealt with. Secrets are left out
 * (password hash, token hashes, the calendar feed's secret); their metadata stays.
 */
export async function collectMemberData(userId: string) {
  const [
    profile, roles, roleRequests, certifications, bookings, calendarFeed,
    projectMemberships, invitationsReceived, invitationsSent, follows, applications,
    mentorProfile, mentorships, mentoringSessions, pledges, campaignsCreated, campaignComments,
    campaignWatches, introductions, tasksPosted, taskApplications, taskAssignments, payouts,
    pointsEntries, eventsOrganized, eventRegistrations, notifications, consents, apiTokens, accountTokens,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, bio: true, skills: true, organization: true, locale: true, hideFromLeaderboards: true, createdAt: true, updatedAt: true, verifiedEmail: { select: { email: true, verifiedAt: true } } },
    }),
    db.userRole.findMany({ where: { userId }, select: { role: true, createdAt: true } }),
    db.roleRequest.findMany({ where: { userId }, select: { id: true, role: true, status: true, message: true, decisionReason: true, decidedAt: true, createdAt: true } }),
    db.userCertification.findMany({ where: { userId }, include: { certification: { select: { name: true } } } }),
    db.booking.findMany({ where: { userId }, orderBy: { startsAt: 'asc' }, include: { resource: { select: { name: true } } } }),
    db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } }),
    db.projectMember.findMany({ where: { userId }, include: { project: { select: { id: true, name: true } } } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } }).then((u) =>
      db.projectInvitation.findMany({ where: { email: u.email }, select: { id: true, status: true, createdAt: true, respondedAt: true, project: { select: { name: true } } } }),
    ),
    db.projectInvitation.findMany({ where: { invitedById: userId }, select: { id: true, email: true, status: true, createdAt: true, respondedAt: true, projectId: true } }),
    db.projectFollow.findMany({ where: { userId } }),
    db.application.findMany({ where: { submittedById: userId } }),
    db.mentorProfile.findUnique({ where: { userId } }),
    db.mentorship.findMany({ where: { mentorId: userId } }),
    db.mentoringSession.findMany({ where: { bookedById: userId } }),
    db.pledge.findMany({ where: { backerId: userId }, include: { campaign: { select: { title: true } } } }),
    db.campaign.findMany({ where: { createdById: userId }, select: { id: true, title: true, status: true, createdAt: true } }),
    db.campaignComment.findMany({ where: { authorId: userId } }),
    db.campaignWatch.findMany({ where: { userId } }),
    db.introductionRequest.findMany({ where: { investorId: userId } }),
    db.task.findMany({ where: { postedById: userId } }),
    db.taskApplication.findMany({ where: { userId } }),
    db.taskAssignment.findMany({ where: { userId }, include: { submissions: true, task: { select: { title: true } } } }),
    db.payout.findMany({ where: { userId } }),
    db.pointsEntry.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    db.event.findMany({ where: { organizerId: userId }, select: { id: true, title: true, startsAt: true, status: true } }),
    db.eventRegistration.findMany({ where: { userId }, include: { event: { select: { title: true, startsAt: true } } } }),
    db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    db.consent.findMany({ where: { userId }, orderBy: { grantedAt: 'asc' }, select: { kind: true, version: true, grantedAt: true, revokedAt: true } }),
    db.apiToken.findMany({ where: { userId }, select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } }),
    db.accountToken.findMany({ where: { userId }, select: { kind: true, email: true, createdAt: true, expiresAt: true, usedAt: true } }),
  ]);
  return {
    profile, roles, roleRequests, certifications, bookings, calendarFeed,
    projects: { memberships: projectMemberships, invitationsReceived, invitationsSent, follows, applications },
    mentoring: { mentorProfile, mentorships, sessionsBooked: mentoringSessions },
    crowdfunding: { pledges, campaignsCreated, comments: campaignComments, watches: campaignWatches, introductions },
    tasks: { posted: tasksPosted, applications: taskApplications, assignments: taskAssignments, payouts },
    ledger: pointsEntries,
    events: { organized: eventsOrganized, registrations: eventRegistrations },
    notifications, consents, apiTokens, accountLinks: accountTokens,
  };
}

/** JSON has no BigInt or Date: money stays exact as a string of fen, instants as ISO strings. */
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/** Asks for an archive; the job queue prepares it. One export at a time per member. */
export async function requestDataExport(actor: { id: string }): Promise<ActionResult<{ id: string }>> {
  try {
    const row = await db.dataExport.create({ data: { userId: actor.id }, select: { id: true } });
    return ok(row);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('EXPORT_PENDING', 'exportPending');
    throw error;
  }
}

/** The job: writes the archive once (a second run of the same job finds it READY and stops). */
export async function prepareDataExport(exportId: string, now = new Date()): Promise<boolean> {
  const row = await db.dataExport.findUnique({ where: { id: exportId }, select: { userId: true, status: true } });
  if (!row || row.status !== 'PENDING') return false;
  const data = await collectMemberData(row.userId);
  const archive = toJson({ format: EXPORT_FORMAT, generatedAt: now.toISOString(), ...data });
  const { count } = await db.dataExport.updateMany({
    where: { id: exportId, status: { in: sourcesOf(DATA_EXPORT_TRANSITIONS, 'READY') } },
    data: { status: 'READY', archive, readyAt: now, expiresAt: new Date(now.getTime() + EXPORT_TTL_MS) },
  });
  return count === 1;
}

/** The archive for its owner while the link is valid; null otherwise (not yours = not found). */
export async function findDownloadableExport(actor: { id: string }, exportId: string, now = new Date()) {
  return db.dataExport.findFirst({
    where: { id: exportId, userId: actor.id, status: 'READY', expiresAt: { gt: now } },
    select: { id: true, archive: true, readyAt: true },
  });
}

export async function listDataExports(actor: { id: string }) {
  return db.dataExport.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { id: true, status: true, createdAt: true, readyAt: true, expiresAt: true },
  });
}
