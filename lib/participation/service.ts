import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { notify } from '@/lib/notifications/service';
import { sourcesOf } from '@/lib/state-machine';
import { sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { storage, type Storage } from '@/lib/storage';
import type { ProcessedImage } from '@/lib/media/process';
import { removeKey, storeImage } from '@/lib/media/service';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { zonedInstant } from '@/lib/time';
import { acceptsSupport, isOpen, PROPOSAL_TRANSITIONS, type ProposalStatus } from './policy';
import type { ConsultationInput, ProposalInput } from './schemas';

/**
 * Writes of consultations, proposals, supports, follows and comments. Official answers are in
 * answers.ts, the deadline escalation in escalation.ts, results in results.ts.
 */

/** A consultation the actor may take part in (members-only ones need an account, which every actor has). */
async function openConsultation(tx: Tx, consultationId: string, now: Date) {
  const c = await tx.consultation.findUnique({ where: { id: consultationId }, select: { id: true, opensAt: true, closesAt: true, categories: true, title: true } });
  if (!c || c.opensAt > now) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
  if (!isOpen(c, now)) throw new Rollback(fail('CONSULTATION_CLOSED', 'consultationClosed'));
  return c;
}

function categoryError(categories: readonly string[], category: string) {
  if (category === '' || categories.includes(category)) return null;
  return fail('VALIDATION_FAILED', 'validation', { category: ['categoryInvalid'] });
}

export async function createConsultation(actor: Actor, input: ConsultationInput): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'space:operate');
  // The form's days are the space's days: open from the first instant of the opening day there,
  // until the last instant (23:59:59.999) of the closing day there.
  const tz = await findDefaultTimeZone();
  const opensAt = zonedInstant(input.opensAt, '00:00', tz);
  const closesAt = input.closesAt === null ? null : new Date(zonedInstant(input.closesAt, '24:00', tz).getTime() - 1);
  return inTransaction(async (tx) => {
    const c = await tx.consultation.create({
      data: { ...input, opensAt, closesAt, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'consultation.create', entityType: 'consultation', entityId: c.id, after: { title: input.title } });
    return ok(c);
  });
}

/**
 * A member's proposal in an open consultation; the author follows it from the start. The image
 * (checked by the caller) is stored only once everything else is known to be fine.
 */
export async function createProposal(
  actor: Actor,
  consultationId: string,
  input: ProposalInput,
  opts: { image?: ProcessedImage; files?: Storage; now?: Date } = {},
): Promise<ActionResult<{ id: string }>> {
  const now = opts.now ?? new Date();
  const pre = await inTransaction(async (tx) => {
    const c = await openConsultation(tx, consultationId, now);
    const bad = categoryError(c.categories, input.category);
    if (bad) throw new Rollback(bad);
    return ok(c);
  });
  if (!pre.ok) return pre;
  const files = opts.files ?? storage;
  if (opts.image) await storeImage(files, opts.image);
  const imageKey = opts.image?.key ?? null;
  const created = await inTransaction(async (tx) => {
    await openConsultation(tx, consultationId, now);
    const p = await tx.proposal.create({
      data: { consultationId, authorId: actor.id, title: input.title, body: input.body, category: input.category, imageKey, createdAt: now },
      select: { id: true },
    });
    await tx.proposalFollow.create({ data: { proposalId: p.id, userId: actor.id } });
    return ok(p);
  });
  if (!created.ok && imageKey) await removeKey(files, imageKey);
  return created;
}

/**
 * The author edits their proposal until its first support or comment (and before any answer):
 * one conditional update, so a support arriving at the same moment either comes first (the edit
 * is refused) or after (it supports the edited text). The triggers that count supports and
 * comments update the same row, so the two are ordered by its lock.
 */
export async function editProposal(actor: Actor, proposalId: string, input: ProposalInput): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const p = await tx.proposal.findFirst({ where: { id: proposalId, authorId: actor.id, hiddenAt: null }, select: { consultation: { select: { categories: true } } } });
    if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    const bad = categoryError(p.consultation.categories, input.category);
    if (bad) throw new Rollback(bad);
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, authorId: actor.id, status: 'NOT_ANSWERED', supportCount: 0, commentCount: 0 },
      data: { title: input.title, body: input.body, category: input.category },
    });
    if (count === 0) throw new Rollback(fail('PROPOSAL_LOCKED', 'proposalLocked'));
    return ok();
  });
}

/** The author withdraws with a reason, before a final answer. */
export async function withdrawProposal(actor: Actor, proposalId: string, reason: string): Promise<ActionResult> {
  const mine = await db.proposal.findFirst({ where: { id: proposalId, authorId: actor.id, hiddenAt: null }, select: { id: true } });
  if (!mine) return fail('NOT_FOUND', 'proposalNotFound');
  const { count } = await db.proposal.updateMany({
    where: { id: proposalId, authorId: actor.id, status: { in: sourcesOf(PROPOSAL_TRANSITIONS, 'WITHDRAWN') } },
    data: { status: 'WITHDRAWN', withdrawReason: reason },
  });
  return count === 1 ? ok() : fail('STATE_CHANGED', 'proposalStateChanged');
}

/** A visible proposal in a consultation that has opened, with what a support needs to know. */
async function visibleProposal(tx: Tx, proposalId: string) {
  return tx.proposal.findFirst({
    where: { id: proposalId, hiddenAt: null, consultation: { opensAt: { lte: new Date() } } },
    select: { id: true, status: true, supportCount: true, consultation: { select: { opensAt: true, closesAt: true } } },
  });
}

/**
 * One support per member and proposal: the primary key (proposal, member) makes a repeated or
 * concurrent support a no-op; the count is kept by a per-statement trigger, and a trigger under
 * the proposal's row lock refuses support for a rejected or withdrawn proposal.
 */
export async function supportProposal(actor: Actor, proposalId: string, now = new Date()): Promise<ActionResult<{ supported: true; supportCount: number }>> {
  try {
    return await inTransaction(async (tx) => {
      const p = await visibleProposal(tx, proposalId);
      if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
      if (!isOpen(p.consultation, now)) throw new Rollback(fail('CONSULTATION_CLOSED', 'consultationClosed'));
      if (!acceptsSupport(p.status as ProposalStatus)) throw new Rollback(fail('PROPOSAL_CLOSED', 'proposalClosed'));
      await tx.proposalSupport.createMany({ data: [{ proposalId, userId: actor.id }], skipDuplicates: true });
      const after = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { supportCount: true } });
      return ok({ supported: true as const, supportCount: after.supportCount });
    });
  } catch (error) {
    if (sqlState(error) === '23514') return fail('PROPOSAL_CLOSED', 'proposalClosed');
    throw error;
  }
}

/** A support is withdrawn while the consultation is open; withdrawing none is a no-op. */
export async function withdrawSupport(actor: Actor, proposalId: string, now = new Date()): Promise<ActionResult<{ supported: false; supportCount: number }>> {
  return inTransaction(async (tx) => {
    const p = await visibleProposal(tx, proposalId);
    if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    if (!isOpen(p.consultation, now)) throw new Rollback(fail('CONSULTATION_CLOSED', 'consultationClosed'));
    await tx.proposalSupport.deleteMany({ where: { proposalId, userId: actor.id } });
    const after = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { supportCount: true } });
    return ok({ supported: false as const, supportCount: after.supportCount });
  });
}

export async function setFollow(actor: Actor, proposalId: string, follow: boolean): Promise<ActionResult<{ following: boolean }>> {
  return inTransaction(async (tx) => {
    const p = await visibleProposal(tx, proposalId);
    if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    if (follow) await tx.proposalFollow.createMany({ data: [{ proposalId, userId: actor.id }], skipDuplicates: true });
    else await tx.proposalFollow.deleteMany({ where: { proposalId, userId: actor.id } });
    return ok({ following: follow });
  });
}

/** A comment, or a reply to a top-level comment (a trigger refuses a reply to a reply). */
export async function addComment(actor: Actor, input: { proposalId: string; parentId: string; body: string }): Promise<ActionResult<{ id: string }>> {
  try {
    return await inTransaction(async (tx) => {
      const p = await visibleProposal(tx, input.proposalId);
      if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
      if (input.parentId) {
        const parent = await tx.proposalComment.findFirst({ where: { id: input.parentId, proposalId: input.proposalId, hiddenAt: null }, select: { parentId: true } });
        if (!parent) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
        if (parent.parentId) throw new Rollback(fail('VALIDATION_FAILED', 'validation', { parentId: ['replyTooDeep'] }));
      }
      const c = await tx.proposalComment.create({
        data: { proposalId: input.proposalId, authorId: actor.id, body: input.body, ...(input.parentId ? { parentId: input.parentId } : {}) },
        select: { id: true },
      });
      return ok(c);
    });
  } catch (error) {
    if (sqlState(error) === '23514') return fail('VALIDATION_FAILED', 'validation', { parentId: ['replyTooDeep'] });
    throw error;
  }
}

/**
 * An operator names a mentor as the proposal's evaluator (or none): the mentor then answers it
 * from their own pages, under the same rules as an operator. Only holders of the mentor role
 * may be named; the mentor is told, with a link to the proposal.
 */
export async function assignEvaluator(actor: Actor, proposalId: string, evaluatorId: string | null, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    if (evaluatorId) {
      const mentor = await tx.userRole.findFirst({ where: { userId: evaluatorId, role: 'MENTOR' }, select: { userId: true } });
      if (!mentor) throw new Rollback(fail('VALIDATION_FAILED', 'validation', { evaluatorId: ['evaluatorInvalid'] }));
    }
    const before = await tx.proposal.findUnique({ where: { id: proposalId }, select: { title: true, evaluatorId: true } });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    await tx.proposal.update({ where: { id: proposalId }, data: { evaluatorId }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: 'proposal.assign-evaluator', entityType: 'proposal', entityId: proposalId, before: { evaluatorId: before.evaluatorId }, after: { evaluatorId } });
    if (evaluatorId && evaluatorId !== before.evaluatorId) {
      await notify(tx, {
        kind: 'proposalEvaluatorAssigned',
        recipients: [evaluatorId],
        subject: { type: 'proposal', id: proposalId },
        eventId: now.toISOString(),
        data: { title: before.title },
        link: `/mentoring/proposals/${proposalId}`,
      });
    }
    return ok();
  });
}
