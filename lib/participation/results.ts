import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { notify } from '@/lib/notifications/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { localDateKey } from '@/lib/time';
import { findDefaultTimeZone } from '@/lib/bookings/queries';

/**
 * "You said, we did": results an operator makes of accepted proposals. Progress updates tell
 * the linked proposals' authors and supporters.
 */
export async function createResult(
  actor: Actor,
  input: { title: string; description: string; parentId: string; weight: number; proposalIds: string[] },
): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    if (input.parentId && !(await tx.result.findUnique({ where: { id: input.parentId }, select: { id: true } }))) {
      throw new Rollback(fail('VALIDATION_FAILED', 'validation', { parentId: ['resultParentInvalid'] }));
    }
    const ids = [...new Set(input.proposalIds)];
    const accepted = await tx.proposal.count({ where: { id: { in: ids }, status: { in: ['ACCEPTED', 'IMPLEMENTED'] }, hiddenAt: null } });
    if (accepted !== ids.length) throw new Rollback(fail('VALIDATION_FAILED', 'validation', { proposalIds: ['resultProposalsInvalid'] }));
    const r = await tx.result.create({
      data: {
        title: input.title,
        description: input.description,
        weight: input.weight,
        ...(input.parentId ? { parentId: input.parentId } : {}),
        proposals: { create: ids.map((proposalId) => ({ proposalId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'result.create', entityType: 'result', entityId: r.id, after: { title: input.title, proposalIds: ids } });
    return ok(r);
  });
}

/** Links an accepted proposal to an existing result (a proposal may join one). */
export async function linkProposal(actor: Actor, resultId: string, proposalId: string): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const p = await tx.proposal.findFirst({ where: { id: proposalId, status: { in: ['ACCEPTED', 'IMPLEMENTED'] }, hiddenAt: null }, select: { id: true } });
    const r = await tx.result.findUnique({ where: { id: resultId }, select: { id: true } });
    if (!p || !r) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    await tx.resultProposal.createMany({ data: [{ resultId, proposalId }], skipDuplicates: true });
    return ok();
  });
}

/**
 * Records progress (and optionally a milestone). The linked proposals' authors and supporters
 * are told; a result marked done moves its accepted proposals to IMPLEMENTED.
 */
export async function updateResultProgress(
  actor: Actor,
  input: { resultId: string; progress: number; status: 'PLANNED' | 'IN_PROGRESS' | 'DONE'; milestoneTitle: string; milestoneDescription: string },
  now = new Date(),
): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  const tz = await findDefaultTimeZone();
  return inTransaction(async (tx) => {
    const r = await tx.result.findUnique({ where: { id: input.resultId }, select: { id: true, title: true, progress: true, status: true, proposals: { select: { proposalId: true } } } });
    if (!r) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    await tx.result.update({ where: { id: r.id }, data: { progress: input.progress, status: input.status }, select: { id: true } });
    if (input.milestoneTitle) {
      await tx.resultMilestone.create({ data: { resultId: r.id, date: new Date(`${localDateKey(now, tz)}T00:00:00Z`), title: input.milestoneTitle, description: input.milestoneDescription } });
    }
    const proposalIds = r.proposals.map((p) => p.proposalId);
    if (input.status === 'DONE') await tx.proposal.updateMany({ where: { id: { in: proposalIds }, status: 'ACCEPTED' }, data: { status: 'IMPLEMENTED' } });
    await recordAudit(tx, { actorId: actor.id, action: 'result.progress', entityType: 'result', entityId: r.id, before: { progress: r.progress, status: r.status }, after: { progress: input.progress, status: input.status } });
    const people = await tx.proposal.findMany({ where: { id: { in: proposalIds }, hiddenAt: null }, select: { authorId: true, supports: { select: { userId: true } } } });
    await notify(tx, {
      kind: 'resultProgress',
      recipients: people.flatMap((p) => [p.authorId, ...p.supports.map((s) => s.userId)]),
      subject: { type: 'result', id: r.id },
      eventId: now.toISOString(),
      data: { title: r.title, message: `${input.progress}%` },
      link: '/participate/results',
    });
    return ok();
  });
}
