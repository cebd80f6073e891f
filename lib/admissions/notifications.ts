import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';

async function loadApplication(tx: Tx, applicationId: string) {
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, roundId: true, project: { select: { id: true, name: true, members: { select: { userId: true } } } }, round: { select: { name: true } } },
  });
}

/** A submitted application joins the operators' review queue (batched into their digest). */
export async function notifyApplicationSubmitted(tx: Tx, applicationId: string, at: Date): Promise<void> {
  const a = await loadApplication(tx, applicationId);
  await notify(tx, {
    kind: 'queueApplication',
    recipients: await membersWith(tx, 'space:operate'),
    subject: { type: 'application', id: a.id },
    // Withdrawn and submitted again is a new item in the queue.
    eventId: at.toISOString(),
    data: { name: a.project.name, title: a.round.name },
    link: `/admissions/applications/${a.id}`,
  });
}

/** The project's team hears the decision with the operator's message. */
export async function notifyApplicationDecided(tx: Tx, applicationId: string, decision: string, message: string): Promise<void> {
  const a = await loadApplication(tx, applicationId);
  await notify(tx, {
    kind: 'applicationDecided',
    recipients: a.project.members.map((m) => m.userId),
    subject: { type: 'application', id: a.id },
    eventId: decision,
    data: { title: a.round.name, decision, message },
    link: `/projects/${a.project.id}`,
  });
}
