import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { TeamRole } from '@/lib/generated/prisma/enums';
import { sourcesOf } from '@/lib/state-machine';
import { INVITATION_TRANSITIONS } from './policy';
import { visibleProjectWhere } from './queries';
import type { ProjectInput } from './schemas';
import { notifyTeamInvitation } from './notifications';
import { requireVerifiedEmail } from '@/lib/accounts/verification-service';
import { mailInvitationToNewcomer } from '@/lib/accounts/invitations-service';

async function teamRoleOf(tx: Tx | typeof db, projectId: string, userId: string): Promise<TeamRole | null> {
  const m = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  return m?.role ?? null;
}

/**
 * The owner's guard: a project the actor cannot see is NOT_FOUND (no hint that it exists);
 * a visible project they do not own is forbidden.
 */
export async function requireOwner(actor: Actor, projectId: string): Promise<ActionResult> {
  const role = await teamRoleOf(db, projectId, actor.id);
  if (role === 'OWNER') return ok();
  const visible = await db.project.count({ where: { AND: [{ id: projectId }, visibleProjectWhere(actor)] } });
  if (!visible) return fail('NOT_FOUND', 'projectNotFound');
  throw new ForbiddenError('project:manage-own');
}

async function touch(tx: Tx | typeof db, projectId: string) {
  await tx.project.update({ where: { id: projectId }, data: { activityAt: new Date() }, select: { id: true } });
}

export async function createProject(actor: Actor, input: ProjectInput): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'project:create');
  const project = await db.project.create({
    data: { ...input, members: { create: { userId: actor.id, role: 'OWNER' } } },
    select: { id: true },
  });
  return ok(project);
}

export async function updateProject(actor: Actor, projectId: string, input: ProjectInput): Promise<ActionResult<{ id: string }>> {
  const guard = await requireOwner(actor, projectId);
  if (!guard.ok) return guard;
  // The owner condition is repeated in the update: ownership may have moved since the check.
  const { count } = await db.project.updateMany({
    where: { id: projectId, members: { some: { userId: actor.id, role: 'OWNER' } } },
    data: { ...input, activityAt: new Date() },
  });
  if (count === 0) return fail('STATE_CHANGED', 'projectStateChanged');
  return ok({ id: projectId });
}

export async function inviteMember(actor: Actor, input: { projectId: string; email: string }): Promise<ActionResult<{ id: string }>> {
  const guard = await requireOwner(actor, input.projectId);
  if (!guard.ok) return guard;
  const already = await db.projectMember.count({ where: { projectId: input.projectId, user: { email: input.email } } });
  if (already) return fail('ALREADY_MEMBER', 'alreadyMember');
  try {
    const invitation = await db.$transaction(async (tx) => {
      const created = await tx.projectInvitation.create({
        data: { projectId: input.projectId, email: input.email, invitedById: actor.id },
        select: { id: true },
      });
      await notifyTeamInvitation(tx, created.id);
      return created;
    });
    await mailInvitationToNewcomer(invitation.id);
    return ok(invitation);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('INVITATION_PENDING', 'invitationPending');
    throw error;
  }
}

export async function cancelInvitation(actor: Actor, invitationId: string): Promise<ActionResult> {
  // Invitations are the owner's to see: to anyone else one is not found, whatever the project.
  const invitation = await db.projectInvitation.findFirst({ where: { id: invitationId, project: { members: { some: { userId: actor.id, role: 'OWNER' } } } }, select: { projectId: true } });
  if (!invitation) return fail('NOT_FOUND', 'invitationNotFound');
  const { count } = await db.projectInvitation.updateMany({ where: { id: invitationId, status: { in: sourcesOf(INVITATION_TRANSITIONS, 'CANCELLED') } }, data: { status: 'CANCELLED', respondedAt: new Date() } });
  return count ? ok() : fail('STATE_CHANGED', 'invitationNotFound');
}

/** Only the invited e-mail answers; the conditional update makes a second answer a no-op conflict. */
export async function respondToInvitation(
  actor: Actor & { email: string },
  input: { invitationId: string; accept: boolean },
): Promise<ActionResult<{ projectId: string }>> {
  // Only the proven owner of the invited address may join; declining needs no proof.
  const unverified = input.accept ? await requireVerifiedEmail(actor) : null;
  if (unverified) return unverified;
  return inTransaction(async (tx) => {
    const invitation = await tx.projectInvitation.findFirst({ where: { id: input.invitationId, email: actor.email }, select: { projectId: true } });
    if (!invitation) throw new Rollback(fail('NOT_FOUND', 'invitationNotFound'));
    const { count } = await tx.projectInvitation.updateMany({
      where: { id: input.invitationId, status: { in: sourcesOf(INVITATION_TRANSITIONS, input.accept ? 'ACCEPTED' : 'DECLINED') } },
      data: { status: input.accept ? 'ACCEPTED' : 'DECLINED', respondedAt: new Date() },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'invitationNotFound'));
    if (input.accept) {
      await tx.projectMember.createMany({ data: [{ projectId: invitation.projectId, userId: actor.id, role: 'MEMBER' }], skipDuplicates: true });
      await touch(tx, invitation.projectId);
    }
    return ok({ projectId: invitation.projectId });
  });
}

/** Demote first, then promote: the one-owner index holds at every statement. */
export async function transferOwnership(actor: Actor, input: { projectId: string; userId: string }): Promise<ActionResult> {
  const guard = await requireOwner(actor, input.projectId);
  if (!guard.ok) return guard;
  if (input.userId === actor.id) return fail('INVALID_TARGET', 'transferTargetInvalid');
  return inTransaction(async (tx) => {
    const demoted = await tx.projectMember.updateMany({ where: { projectId: input.projectId, userId: actor.id, role: 'OWNER' }, data: { role: 'MEMBER' } });
    if (demoted.count === 0) throw new Rollback(fail('STATE_CHANGED', 'projectStateChanged'));
    const promoted = await tx.projectMember.updateMany({ where: { projectId: input.projectId, userId: input.userId, role: 'MEMBER' }, data: { role: 'OWNER' } });
    if (promoted.count === 0) throw new Rollback(fail('INVALID_TARGET', 'transferTargetInvalid'));
    await touch(tx, input.projectId);
    return ok();
  });
}

/** A member leaves; the owner must hand the project over first. */
export async function leaveProject(actor: Actor, projectId: string): Promise<ActionResult> {
  const role = await teamRoleOf(db, projectId, actor.id);
  if (!role) return fail('NOT_FOUND', 'projectNotFound');
  if (role === 'OWNER') return fail('OWNER_CANNOT_LEAVE', 'ownerCannotLeave');
  await db.projectMember.deleteMany({ where: { projectId, userId: actor.id, role: 'MEMBER' } });
  return ok();
}

export async function removeMember(actor: Actor, input: { projectId: string; userId: string }): Promise<ActionResult> {
  const guard = await requireOwner(actor, input.projectId);
  if (!guard.ok) return guard;
  const { count } = await db.projectMember.deleteMany({ where: { projectId: input.projectId, userId: input.userId, role: 'MEMBER' } });
  return count ? ok() : fail('NOT_FOUND', 'memberNotFound');
}

async function requireTeam(actor: Actor, projectId: string): Promise<ActionResult> {
  if (await teamRoleOf(db, projectId, actor.id)) return ok();
  const visible = await db.project.count({ where: { AND: [{ id: projectId }, visibleProjectWhere(actor)] } });
  if (!visible) return fail('NOT_FOUND', 'projectNotFound');
  throw new ForbiddenError('project:manage-own');
}

export async function addMilestone(actor: Actor, input: { projectId: string; title: string; dueOn: string }): Promise<ActionResult<{ id: string }>> {
  const guard = await requireTeam(actor, input.projectId);
  if (!guard.ok) return guard;
  const milestone = await db.milestone.create({ data: { projectId: input.projectId, title: input.title, dueOn: new Date(`${input.dueOn}T00:00:00Z`) }, select: { id: true } });
  await touch(db, input.projectId);
  return ok(milestone);
}

export async function toggleMilestone(actor: Actor, milestoneId: string): Promise<ActionResult<{ done: boolean }>> {
  const milestone = await db.milestone.findFirst({ where: { id: milestoneId, project: { members: { some: { userId: actor.id } } } }, select: { id: true, done: true, projectId: true } });
  if (!milestone) return fail('NOT_FOUND', 'milestoneNotFound');
  const done = !milestone.done;
  await db.milestone.update({ where: { id: milestoneId }, data: { done, doneAt: done ? new Date() : null } });
  await touch(db, milestone.projectId);
  return ok({ done });
}

export async function deleteMilestone(actor: Actor, milestoneId: string): Promise<ActionResult> {
  const { count } = await db.milestone.deleteMany({ where: { id: milestoneId, project: { members: { some: { userId: actor.id } } } } });
  return count ? ok() : fail('NOT_FOUND', 'milestoneNotFound');
}

export async function setFollowing(actor: Actor, projectId: string, follow: boolean): Promise<ActionResult<{ following: boolean }>> {
  const visible = await db.project.count({ where: { AND: [{ id: projectId }, visibleProjectWhere(actor)] } });
  if (!visible) return fail('NOT_FOUND', 'projectNotFound');
  if (follow) await db.projectFollow.createMany({ data: [{ projectId, userId: actor.id }], skipDuplicates: true });
  else await db.projectFollow.deleteMany({ where: { projectId, userId: actor.id } });
  return ok({ following: follow });
}
