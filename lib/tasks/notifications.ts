import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';

const link = (taskId: string) => `/tasks/${taskId}`;

export async function notifyTaskApplicationDecided(tx: Tx, applicationId: string, accepted: boolean): Promise<void> {
  const a = await tx.taskApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { id: true, userId: true, task: { select: { id: true, title: true } } } });
  await notify(tx, {
    kind: accepted ? 'taskApplicationAccepted' : 'taskApplicationDeclined',
    recipients: [a.userId],
    subject: { type: 'taskApplication', id: a.id },
    data: { title: a.task.title },
    link: link(a.task.id),
  });
}

async function loadSubmission(tx: Tx, submissionId: string) {
  return tx.taskSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { id: true, assignment: { select: { userId: true } }, task: { select: { id: true, title: true, postedById: true } } },
  });
}

/** The poster's review reaches the contributor. */
export async function notifyWorkReviewed(tx: Tx, submissionId: string, accepted: boolean, feedback: string): Promise<void> {
  const s = await loadSubmission(tx, submissionId);
  await notify(tx, {
    kind: accepted ? 'workAccepted' : 'changesRequested',
    recipients: [s.assignment.userId],
    subject: { type: 'taskSubmission', id: s.id },
    data: { title: s.task.title, reason: feedback },
    link: link(s.task.id),
  });
}

/** A dispute joins the queue of those who resolve disputes (batched into their digest). */
export async function notifyDisputeRaised(tx: Tx, submissionId: string): Promise<void> {
  const s = await loadSubmission(tx, submissionId);
  await notify(tx, { kind: 'queueDispute', recipients: await membersWith(tx, 'task:resolve-dispute'), subject: { type: 'taskSubmission', id: s.id }, data: { title: s.task.title }, link: '/tasks/operations' });
}

/** Both parties hear the operator's decision. */
export async function notifyDisputeDecided(tx: Tx, submissionId: string, accepted: boolean, note: string): Promise<void> {
  const s = await loadSubmission(tx, submissionId);
  await notify(tx, {
    kind: 'disputeDecided',
    recipients: [s.assignment.userId, s.task.postedById],
    subject: { type: 'taskSubmission', id: s.id },
    data: { title: s.task.title, decision: accepted ? 'ACCEPTED' : 'REJECTED', reason: note },
    link: link(s.task.id),
  });
}

export async function notifyPayoutPaid(tx: Tx, payoutId: string): Promise<void> {
  const p = await tx.payout.findUniqueOrThrow({ where: { id: payoutId }, select: { id: true, userId: true, amountFen: true, taskId: true } });
  const task = await tx.task.findUnique({ where: { id: p.taskId }, select: { title: true } });
  await notify(tx, { kind: 'payoutPaid', recipients: [p.userId], subject: { type: 'payout', id: p.id }, data: { title: task?.title ?? '', amountFen: p.amountFen }, link: link(p.taskId) });
}
