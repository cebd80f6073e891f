import { describe, expect, it } from 'vitest';
import { zonedInstant } from '@/lib/bookings/time';
import { cancelBooking, createBooking, decideBooking } from '@/lib/bookings/service';
import { db } from '@/lib/db';
import { cancelEvent, registerForEvent } from '@/lib/events/service';
import { requestIntroduction, respondToIntroduction } from '@/lib/investors/service';
import { savePreferences } from '@/lib/notifications/service';
import { decideRoleRequest, requestRole } from '@/lib/role-requests/service';
import { applyToTask, decideApplication } from '@/lib/tasks/service';
import { createEvent, createProject, createResource, createTask, createUser } from '../factories';

const NOW = new Date('2030-01-01T00:00:00Z');
const at = (hhmm: string, day = '2030-01-08') => zonedInstant(day, hhmm, 'Asia/Shanghai');

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(r.code);
  return r.data;
}

const kinds = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { kind: true } })).map((n) => n.kind);
const mailKinds = async (userId: string) => (await db.mailMessage.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { kind: true } })).map((m) => m.kind);

describe('what notifies', () => {
  it('tells a member once that an operator approved their booking, with the .ics, and queues it for operators in a digest', async () => {
    const [operator, member, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const { id } = must(await createBooking(member, { resourceId: printer.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW));
    expect(await kinds(operator.id)).toEqual(['queueBooking']);
    expect(await mailKinds(operator.id)).toEqual([]);
    expect(await db.notification.findFirstOrThrow({ where: { userId: operator.id } })).toMatchObject({ digestPending: true });
    must(await decideBooking(operator, { bookingId: id, decision: 'APPROVE', reason: '' }));
    expect(await decideBooking(operator, { bookingId: id, decision: 'REJECT', reason: 'x' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await kinds(member.id)).toEqual(['bookingApproved']);
    const [mail] = await db.mailMessage.findMany({ where: { userId: member.id } });
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'booking.ics', content: expect.stringContaining('BEGIN:VEVENT') })]);
  });

  it('tells the member when an operator cancels, but not when they cancel themselves', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const mine = must(await createBooking(member, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW));
    const theirs = must(await createBooking(member, { resourceId: room.id, startsAt: at('14:00'), durationMinutes: 60 }, NOW));
    must(await cancelBooking(member, { bookingId: mine.id, reason: '' }, NOW));
    must(await cancelBooking(operator, { bookingId: theirs.id, reason: '场地临时征用' }, NOW));
    expect(await kinds(member.id)).toEqual(['bookingApproved', 'bookingApproved', 'bookingCancelled']);
    const cancelled = await db.notification.findFirstOrThrow({ where: { userId: member.id, kind: 'bookingCancelled' } });
    expect(cancelled).toMatchObject({ subjectType: 'booking', subjectId: theirs.id, data: expect.objectContaining({ reason: '场地临时征用' }) });
  });

  it('reports a role request to reviewers and its decision to the member exactly once, and nothing for a refused decision', async () => {
    const [admin, member] = await Promise.all([createUser({ roles: ['ADMIN'] }), createUser()]);
    const { id } = must(await requestRole(member, { role: 'MENTOR', message: '十年嵌入式经验' }));
    expect(await kinds(admin.id)).toContain('queueRoleRequest');
    // A member may not decide it: refused before anything is written, nobody is notified.
    await expect(decideRoleRequest(member, { requestId: id, decision: 'APPROVE', reason: '' })).rejects.toThrow();
    expect(await kinds(member.id)).toEqual([]);
    must(await decideRoleRequest(admin, { requestId: id, decision: 'APPROVE', reason: '' }));
    expect(await decideRoleRequest(admin, { requestId: id, decision: 'REJECT', reason: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await kinds(member.id)).toEqual(['roleRequestDecided']);
    expect(await mailKinds(member.id)).toEqual(['roleRequestDecided']);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: member.id } });
    expect(mail.text).toContain('导师');
    expect(mail.text).toContain('已通过');
  });

  it('confirms an event registration with an .ics and tells registrants of a cancellation', async () => {
    const [operator, member] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser()]);
    const event = await createEvent(operator);
    must(await registerForEvent(member, event.id));
    must(await cancelEvent(operator, { eventId: event.id, reason: '讲师临时出差' }));
    expect(await kinds(member.id)).toEqual(['eventRegistered', 'eventCancelled']);
    const confirmation = await db.mailMessage.findFirstOrThrow({ where: { userId: member.id, kind: 'eventRegistered' } });
    expect(confirmation.attachments).toEqual([expect.objectContaining({ filename: 'event.ics' })]);
  });

  it('tells an applicant their task application was accepted, respecting an e-mail-off preference', async () => {
    const [poster, member] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser()]);
    await savePreferences(member, { emailFrequency: 'OFF', settings: {} });
    const task = await createTask(poster, { slots: 2 });
    const application = must(await applyToTask(member, { taskId: task.id, note: '' }));
    must(await decideApplication(poster, { applicationId: application.id, decision: 'ACCEPT' }));
    expect(await kinds(member.id)).toEqual(['taskApplicationAccepted']);
    expect(await mailKinds(member.id)).toEqual([]);
  });

  it('carries an introduction request to the owners and the answer back to the investor', async () => {
    const [owner, investor] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser({ roles: ['INVESTOR'] })]);
    const project = await createProject(owner);
    const { id } = must(await requestIntroduction(investor, { projectId: project.id, ticketFen: 50_000_000, message: '' }));
    must(await respondToIntroduction(owner, { requestId: id, accept: true }));
    expect(await kinds(owner.id)).toEqual(['introductionRequested']);
    expect(await kinds(investor.id)).toEqual(['introductionAccepted']);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: owner.id } });
    expect(mail.text).toContain('500,000');
  });
});
