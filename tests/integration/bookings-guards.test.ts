import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addMaintenance, createBooking, createCertification, decideBooking, grantCertification, revokeCertification } from '@/lib/bookings/service';
import { listPendingBookings } from '@/lib/bookings/queries';
import { zonedInstant } from '@/lib/bookings/time';
import { createProject, createResource, createUser } from '../factories';

// Monday 2030-01-07 08:00 in Shanghai; bookings are made for Tuesday.
const NOW = new Date('2030-01-07T00:00:00Z');
const at = (hhmm: string) => zonedInstant('2030-01-08', hhmm, 'Asia/Shanghai');

describe('the project a booking names', () => {
  it("is refused as not found when it is another team's project, private or public", async () => {
    const [member, stranger, room] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser({ roles: ['ENTREPRENEUR'] }), createResource()]);
    const [secret, open] = await Promise.all([createProject(stranger, { visibility: 'PRIVATE' }), createProject(stranger, { visibility: 'PUBLIC' })]);
    for (const project of [secret, open]) {
      expect(await createBooking(member, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60, projectId: project.id }, NOW)).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'projectNotFound' });
    }
    expect(await createBooking(member, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60, projectId: 'no-such-project' }, NOW)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.booking.count({ where: { resourceId: room.id } })).toBe(0);
  });

  it("is accepted for a member of the project's team, and the link is cleared when the project is deleted", async () => {
    const [owner, teammate, room] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser(), createResource()]);
    const project = await createProject(owner, { visibility: 'PRIVATE' });
    await db.projectMember.create({ data: { projectId: project.id, userId: teammate.id, role: 'MEMBER' } });
    const r = await createBooking(teammate, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60, projectId: project.id }, NOW);
    expect(r).toMatchObject({ ok: true });
    const id = r.ok ? r.data.id : '';
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).projectId).toBe(project.id);
    await db.project.delete({ where: { id: project.id } });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).projectId).toBeNull();
  });

  it('cannot name a project that does not exist, even written past the service (foreign key)', async () => {
    const [member, room] = await Promise.all([createUser(), createResource()]);
    await expect(
      db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt: at('10:00'), endsAt: at('11:00'), blockedUntil: at('11:00'), projectId: 'no-such-project' } }),
    ).rejects.toThrow();
  });
});

async function certifiedMachine() {
  const [operator, member] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser()]);
  const cert = await db.certification.create({ data: { name: `激光切割 ${Math.random().toString(36).slice(2, 8)}` } });
  const cutter = await createResource({ kind: 'EQUIPMENT', requiresApproval: true, requiredCertificationId: cert.id });
  const member2 = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { email: true } });
  expect((await grantCertification(operator, { certificationId: cert.id, email: member2.email })).ok).toBe(true);
  const pending = await createBooking(member, { resourceId: cutter.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW);
  if (!pending.ok) throw new Error(pending.code);
  return { operator, member, cert, cutter, bookingId: pending.data.id };
}

describe('approving a booking on a certification-gated machine', () => {
  it('is refused when the member no longer holds the certification, naming it', async () => {
    const { operator, member, cert, bookingId } = await certifiedMachine();
    expect((await revokeCertification(operator, { certificationId: cert.id, userId: member.id })).ok).toBe(true);
    expect(await decideBooking(operator, { bookingId, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'CERTIFICATION_REQUIRED', message: `certificationMissing:${cert.name}` });
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('PENDING');
    // Rejecting stays possible.
    expect(await decideBooking(operator, { bookingId, decision: 'REJECT', reason: '未持证' })).toMatchObject({ ok: true, data: { status: 'REJECTED' } });
  });

  it('is refused when the resource started requiring a certification the member lacks', async () => {
    const [operator, member] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser()]);
    const printer = await createResource({ kind: 'EQUIPMENT', requiresApproval: true });
    const pending = await createBooking(member, { resourceId: printer.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW);
    const id = pending.ok ? pending.data.id : '';
    const cert = await db.certification.create({ data: { name: `3D 打印 ${Math.random().toString(36).slice(2, 8)}` } });
    await db.resource.update({ where: { id: printer.id }, data: { requiredCertificationId: cert.id } });
    expect(await decideBooking(operator, { bookingId: id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'CERTIFICATION_REQUIRED' });
  });

  it('shows in the approval queue whether the member holds the certification and whether maintenance clashes', async () => {
    const { operator, member, cert, cutter, bookingId } = await certifiedMachine();
    const other = await createUser();
    const plain = await createResource({ kind: 'EQUIPMENT', requiresApproval: true });
    const second = await createBooking(other, { resourceId: plain.id, startsAt: at('14:00'), durationMinutes: 60 }, NOW);
    const secondId = second.ok ? second.data.id : '';
    const rowOf = async (id: string) => (await listPendingBookings(operator)).find((b) => b.id === id)!;

    expect(await rowOf(bookingId)).toMatchObject({ certification: { name: cert.name, held: true }, maintenanceClash: false });
    expect(await rowOf(secondId)).toMatchObject({ certification: null, maintenanceClash: false });

    await revokeCertification(operator, { certificationId: cert.id, userId: member.id });
    await addMaintenance(operator, { resourceId: cutter.id, startsAtLocal: '2030-01-08T10:30', endsAtLocal: '2030-01-08T12:00', reason: '更换镜片' });
    expect(await rowOf(bookingId)).toMatchObject({ certification: { name: cert.name, held: false }, maintenanceClash: true });
    expect(await rowOf(secondId)).toMatchObject({ certification: null, maintenanceClash: false });
  });
});

describe('a maintenance block created while members book', () => {
  it('never leaves a booking inside it that it did not report: each booking was there before it or is refused', async () => {
    for (let round = 0; round < 3; round++) {
      const operator = await createUser({ roles: ['OPERATOR'] });
      const room = await createResource();
      const members = await Promise.all(Array.from({ length: 12 }, () => createUser()));
      // Twelve half-hour slots 10:00-16:00, all inside the block, booked while the block is written.
      const slots = members.map((_, i) => new Date(at('10:00').getTime() + i * 30 * 60_000));
      const bookings = members.map((m, i) => createBooking(m, { resourceId: room.id, startsAt: slots[i], durationMinutes: 30 }, NOW));
      const block = addMaintenance(operator, { resourceId: room.id, startsAtLocal: '2030-01-08T10:00', endsAtLocal: '2030-01-08T16:00', reason: '消防检查' });
      const [blockResult, ...results] = await Promise.all([block, ...bookings]);
      expect(blockResult.ok).toBe(true);
      const reported = blockResult.ok ? (blockResult.data as { affected: string[] }).affected : [];
      const won = results.flatMap((r) => (r.ok ? [r.data.id] : []));
      for (const r of results) if (!r.ok) expect(r.code).toBe('UNDER_MAINTENANCE');
      const inside = await db.booking.findMany({ where: { resourceId: room.id, status: { in: ['PENDING', 'CONFIRMED'] } }, select: { id: true } });
      expect(inside.map((b) => b.id).sort()).toEqual([...won].sort());
      expect([...reported].sort()).toEqual([...won].sort());
    }
  });
});

describe('certification names', () => {
  it('answer a duplicate with a field error, also when two operators add the same name at once', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const name = `焊接安全 ${Math.random().toString(36).slice(2, 8)}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => createCertification(operator, { name, description: '' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { name: ['certificationExists'] } });
    expect(await createCertification(operator, { name, description: '' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.certification.count({ where: { name } })).toBe(1);
  });
});
