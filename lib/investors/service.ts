import 'server-only';
import { db } from '@/lib/db';
import { assertCan, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { visibleProjectWhere } from '@/lib/projects/queries';
import { notify } from '@/lib/notifications/service';

/** An investor asks a project's owner for an introduction, with an intended ticket size. */
export async function requestIntroduction(actor: Actor, input: { projectId: string; ticketFen: number; message: string }): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'investor:watchlist');
  const project = await db.project.findFirst({
    where: { AND: [{ id: input.projectId }, visibleProjectWhere(actor)] },
    select: { id: true, name: true, members: { where: { role: 'OWNER' }, select: { userId: true } } },
  });
  if (!project) return fail('NOT_FOUND', 'projectNotFound');
  if (project.members.some((m) => m.userId === actor.id)) return fail('OWN_PROJECT', 'introductionOwnProject');
  try {
    return await db.$transaction(async (tx) => {
      const request = await tx.introductionRequest.create({
        data: { investorId: actor.id, projectId: input.projectId, ticketFen: input.ticketFen, message: input.message },
        select: { id: true },
      });
      await notify(tx, { kind: 'introductionRequested', recipients: project.members.map((m) => m.userId), subject: { type: 'introduction', id: request.id }, data: { title: project.name, raisedFen: input.ticketFen }, link: '/dashboard' });
      return ok(request);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('INTRODUCTION_PENDING', 'introductionPending');
    throw error;
  }
}

/** The project's owner accepts or declines; accepting reveals both e-mails to both sides. */
export async function respondToIntroduction(actor: Actor, input: { requestId: string; accept: boolean }): Promise<ActionResult> {
  const request = await db.introductionRequest.findUnique({ where: { id: input.requestId }, select: { id: true, investorId: true, projectId: true, project: { select: { name: true } } } });
  if (!request) return fail('NOT_FOUND', 'introductionNotFound');
  const owner = await db.projectMember.count({ where: { projectId: request.projectId, userId: actor.id, role: 'OWNER' } });
  if (!owner) {
    if (request.investorId === actor.id) throw new ForbiddenError('project:manage-own');
    return fail('NOT_FOUND', 'introductionNotFound');
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.introductionRequest.updateMany({
      where: { id: input.requestId, status: 'PENDING' },
      data: { status: input.accept ? 'ACCEPTED' : 'DECLINED', respondedAt: new Date() },
    });
    if (count === 0) return fail('STATE_CHANGED', 'introductionNotFound');
    await notify(tx, { kind: input.accept ? 'introductionAccepted' : 'introductionDeclined', recipients: [request.investorId], subject: { type: 'introduction', id: request.id }, data: { title: request.project.name }, link: '/dashboard' });
    return ok();
  });
}
