import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findCertificationGap, getResource } from '@/lib/bookings/queries';
import { createEvent, createResource, createUser } from '../factories';

async function machine() {
  const cert = await db.certification.create({ data: { name: `激光安全 ${randomUUID().slice(0, 6)}` } });
  const r = await createResource({ kind: 'EQUIPMENT', requiredCertificationId: cert.id });
  return { cert, resource: (await getResource(r.id))! };
}

describe('what a member needs before booking a machine', () => {
  it('names the certification and its next published training, skipping drafts, cancelled and past ones', async () => {
    const { cert, resource } = await machine();
    const [member, operator] = await Promise.all([createUser(), createUser({ roles: ['OPERATOR'] })]);
    const day = 86_400_000;
    await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, startsAt: new Date(Date.now() - day) });
    await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, status: 'DRAFT', startsAt: new Date(Date.now() + day) });
    await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, status: 'CANCELLED', startsAt: new Date(Date.now() + 2 * day) });
    const next = await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, startsAt: new Date(Date.now() + 3 * day), capacity: 2 });
    await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, startsAt: new Date(Date.now() + 9 * day) });
    const gap = await findCertificationGap(member, resource);
    expect(gap?.certification.id).toBe(cert.id);
    expect(gap?.training).toMatchObject({ id: next.id, full: false });
  });

  it('says the next training is full, so the member is sent to its waitlist', async () => {
    const { cert, resource } = await machine();
    const [member, operator] = await Promise.all([createUser(), createUser({ roles: ['OPERATOR'] })]);
    const e = await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, capacity: 1 });
    await db.event.update({ where: { id: e.id }, data: { seatsTaken: 1 } });
    expect((await findCertificationGap(member, resource))?.training).toMatchObject({ id: e.id, full: true });
  });

  it('has nothing to ask of a certified member, or for a machine without a requirement', async () => {
    const { cert, resource } = await machine();
    const member = await createUser();
    await db.userCertification.create({ data: { userId: member.id, certificationId: cert.id } });
    expect(await findCertificationGap(member, resource)).toBeNull();
    const free = await getResource((await createResource({ kind: 'EQUIPMENT' })).id);
    expect(await findCertificationGap(member, free!)).toBeNull();
  });

  it('still names the certification when no training is scheduled', async () => {
    const { resource } = await machine();
    expect(await findCertificationGap(await createUser(), resource)).toMatchObject({ training: null });
  });
});
