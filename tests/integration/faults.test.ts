import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createBooking } from '@/lib/bookings/service';
import { zonedInstant } from '@/lib/time';
import { addDays } from '@/lib/bookings/time';
import { ForbiddenError } from '@/lib/auth/permissions';
import { answerVerification, assignFault, confirmFault, mergeDuplicate, replyToFault, reportFault, setFaultStatus } from '@/lib/faults/service';
import { flagAffectedBookings, extendOutOfService, rebookAffected, takeOutOfService } from '@/lib/faults/bookings-service';
import { countOpenFaultReports, findAlternativeSlots, getFaultForMember, getMachineReliability, listKnownIssues } from '@/lib/faults/queries';
import { askFixVerifications } from '@/lib/faults/service';
import { faultReportSchema } from '@/lib/faults/schemas';
import { FAULT_REPORT_POINTS } from '@/lib/faults/policy';
import { createApiToken } from '@/lib/api-tokens/service';
import { GET as servicesRoute } from '@/app/api/open311/v2/services.json/route';
import { GET as serviceRoute } from '@/app/api/open311/v2/services/[code]/route';
import { GET as listRequestsRoute, POST as postRequestRoute } from '@/app/api/open311/v2/requests.json/route';
import { GET as requestRoute } from '@/app/api/open311/v2/requests/[id]/route';
import { createResource, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string; message?: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code} ${r.message ?? ''}`);
  return r.data;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Tomorrow (and later days) at a local time of the space, inside its 08:00-22:00 hours. */
function localAt(daysAhead: number, hhmm: string): Date {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return zonedInstant(addDays(today, daysAhead), hhmm, 'Asia/Shanghai');
}

async function machine(opts: { spaceId?: string; name?: string } = {}) {
  return createResource({ kind: 'EQUIPMENT', horizonDays: 14, ...opts });
}

async function scenario() {
  const operator = await createUser({ roles: ['OPERATOR'], name: '运营' });
  const reporter = await createUser({ name: '报告人' });
  const resource = await machine();
  const fault = must(await reportFault(reporter, { resourceId: resource.id, categoryId: 'fc_machine', description: '激光切割机无法点火 / laser does not fire', location: '2F', anonymous: false }));
  return { operator, reporter, resource, fault };
}

describe('fault reports', () => {
  it('files a report with an expected fix time from its category, a history row and a notice to operators', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const reporter = await createUser();
    const resource = await machine();
    const now = new Date('2026-11-30T02:00:00Z');
    const { id } = must(await reportFault(reporter, { resourceId: resource.id, categoryId: 'fc_safety', description: 'exposed wire', location: '', anonymous: false }, now));
    const row = await db.faultReport.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row.status).toBe('NEW');
    expect(row.expectedFixAt.toISOString()).toBe(new Date(now.getTime() + 4 * HOUR).toISOString());
    expect(row.events.map((e) => e.kind)).toEqual(['REPORTED']);
    expect(await db.notification.count({ where: { userId: operator.id, kind: 'queueFault', subjectId: id } })).toBe(1);
    const inbox = await countOpenFaultReports(operator);
    expect(inbox.count).toBeGreaterThanOrEqual(1);
    expect(inbox.oldestCreatedAt).not.toBeNull();
  });

  it('refuses a description over 4,000 characters and an unknown category with field errors', async () => {
    const reporter = await createUser();
    expect(faultReportSchema.safeParse({ categoryId: 'fc_other', description: 'x'.repeat(4001) }).success).toBe(false);
    expect(faultReportSchema.safeParse({ categoryId: 'fc_other', description: 'x'.repeat(4000) }).success).toBe(true);
    const r = await reportFault(reporter, { categoryId: 'nope', description: 'x', location: '', anonymous: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.categoryId).toBeTruthy();
  });

  it('counts one confirmation per member under 30 parallel clicks', async () => {
    const { fault } = await scenario();
    const member = await createUser();
    const results = await Promise.all(Array.from({ length: 30 }, () => confirmFault(member, { faultId: fault.id })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.data.counted)).toHaveLength(1);
    expect(await db.faultConfirmation.count({ where: { faultId: fault.id } })).toBe(1);
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).confirmationCount).toBe(1);
    must(await confirmFault(await createUser(), { faultId: fault.id }));
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).confirmationCount).toBe(2);
  });

  it('does not let the reporter confirm their own report', async () => {
    const { reporter, fault } = await scenario();
    const r = await confirmFault(reporter, { faultId: fault.id });
    expect(r.ok).toBe(false);
  });

  it('hides an anonymous reporter from other members but never from operators', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const reporter = await createUser({ name: '匿名者' });
    const other = await createUser();
    const { id } = must(await reportFault(reporter, { categoryId: 'fc_network', description: 'Wi-Fi down', location: '3F', anonymous: true }));
    expect((await getFaultForMember(other, id))?.reporterName).toBeNull();
    expect((await getFaultForMember(reporter, id))?.reporterName).toBe('匿名者');
    expect((await getFaultForMember(operator, id))?.reporterName).toBe('匿名者');
  });

  it('keeps fixed and closed-without-fixing apart, in the service and in PostgreSQL', async () => {
    const { operator, fault } = await scenario();
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'FIXED', note: 'new igniter' }));
    const fixed = await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } });
    expect(fixed.fixedAt).not.toBeNull();
    expect(fixed.closedAt).toBeNull();
    // A closed state cannot be reached from FIXED, and the row rule refuses a mixed row.
    expect((await setFaultStatus(operator, { faultId: fault.id, status: 'WONT_FIX', note: 'x' })).ok).toBe(false);
    await expect(db.$executeRaw`UPDATE "FaultReport" SET "closedAt" = now() WHERE "id" = ${fault.id}`).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE "FaultReport" SET "status" = 'WONT_FIX' WHERE "id" = ${fault.id}`).rejects.toThrow();
    const other = (await scenario()).fault;
    must(await setFaultStatus(operator, { faultId: other.id, status: 'NOT_OURS', note: 'landlord' }));
    const closed = await db.faultReport.findUniqueOrThrow({ where: { id: other.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.fixedAt).toBeNull();
    expect(closed.events.at(-1)).toMatchObject({ kind: 'STATUS', fromStatus: 'NEW', toStatus: 'NOT_OURS', note: 'landlord' });
  });

  it('lets exactly one of two operators move a report from the same state', async () => {
    const { operator, fault } = await scenario();
    const second = await createUser({ roles: ['OPERATOR'] });
    const results = await Promise.all([
      setFaultStatus(operator, { faultId: fault.id, status: 'FIXED', note: 'a' }),
      setFaultStatus(second, { faultId: fault.id, status: 'WONT_FIX', note: 'b' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.code).toMatch(/STATE_CHANGED|ILLEGAL_TRANSITION/);
  });

  it('refuses triage by a member who is not an operator', async () => {
    const { reporter, fault } = await scenario();
    await expect(setFaultStatus(reporter, { faultId: fault.id, status: 'CONFIRMED', note: 'x' })).rejects.toThrow(ForbiddenError);
    await expect(takeOutOfService(reporter, { faultId: fault.id, note: '' })).rejects.toThrow(ForbiddenError);
    await expect(replyToFault(reporter, { faultId: fault.id, note: 'x' })).rejects.toThrow(ForbiddenError);
  });

  it('awards the reporter points once when an operator confirms the report', async () => {
    const { operator, reporter, fault } = await scenario();
    const second = await createUser({ roles: ['OPERATOR'] });
    await Promise.all([
      setFaultStatus(operator, { faultId: fault.id, status: 'CONFIRMED', note: 'seen it' }),
      setFaultStatus(second, { faultId: fault.id, status: 'INVESTIGATING', note: 'looking' }),
    ]);
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'IN_PROGRESS', note: 'on it' }));
    const entries = await db.pointsEntry.findMany({ where: { userId: reporter.id, source: 'FAULT_REPORT' } });
    expect(entries).toHaveLength(1);
    expect(entries[0].points).toBe(FAULT_REPORT_POINTS);
  });

  it('awards nothing for a report closed as not ours', async () => {
    const { operator, reporter, fault } = await scenario();
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'NOT_OURS', note: 'x' }));
    expect(await db.pointsEntry.count({ where: { userId: reporter.id, source: 'FAULT_REPORT' } })).toBe(0);
  });

  it('assigns only to an operator and replies to the reporter and confirmers', async () => {
    const { operator, reporter, fault } = await scenario();
    const member = await createUser();
    must(await confirmFault(member, { faultId: fault.id }));
    expect((await assignFault(operator, { faultId: fault.id, assigneeId: member.id })).ok).toBe(false);
    must(await assignFault(operator, { faultId: fault.id, assigneeId: operator.id }));
    must(await replyToFault(operator, { faultId: fault.id, note: 'parts ordered' }));
    expect(await db.notification.count({ where: { kind: 'faultReply', subjectId: fault.id, userId: { in: [reporter.id, member.id] } } })).toBe(2);
  });

  it('merges a duplicate into the original, moving its supporters once each', async () => {
    const { operator, reporter, resource, fault } = await scenario();
    const dupReporter = await createUser();
    const both = await createUser();
    const dup = must(await reportFault(dupReporter, { resourceId: resource.id, categoryId: 'fc_machine', description: 'same', location: '', anonymous: false }));
    must(await confirmFault(both, { faultId: fault.id }));
    must(await confirmFault(both, { faultId: dup.id }));
    must(await confirmFault(reporter, { faultId: dup.id }));
    must(await mergeDuplicate(operator, { faultId: dup.id, originalId: fault.id, note: 'same machine' }));
    const [d, o] = await Promise.all([db.faultReport.findUniqueOrThrow({ where: { id: dup.id } }), db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })]);
    expect(d).toMatchObject({ status: 'DUPLICATE', duplicateOfId: fault.id, confirmationCount: 0 });
    expect(d.closedAt).not.toBeNull();
    // both + dupReporter; the original's own reporter is not a supporter of their own report.
    expect(o.confirmationCount).toBe(2);
    expect((await db.faultConfirmation.findMany({ where: { faultId: fault.id } })).map((c) => c.userId).sort()).toEqual([both.id, dupReporter.id].sort());
    expect((await mergeDuplicate(operator, { faultId: fault.id, originalId: fault.id, note: '' })).ok).toBe(false);
  });
});

describe('out of service', () => {
  it('refuses new bookings inside the block in PostgreSQL and flags existing ones, each booker told once', async () => {
    const { operator, resource, fault } = await scenario();
    const bookerA = await createUser();
    const bookerB = await createUser();
    const a = must(await createBooking(bookerA, { resourceId: resource.id, startsAt: localAt(1, '10:00'), durationMinutes: 60 }));
    const b = must(await createBooking(bookerB, { resourceId: resource.id, startsAt: localAt(2, '10:00'), durationMinutes: 60 }));
    const out = must(await takeOutOfService(operator, { faultId: fault.id, note: 'unsafe' }));
    expect(out.flagged).toBe(2);
    // Through the service: refused as under maintenance.
    const refused = await createBooking(bookerA, { resourceId: resource.id, startsAt: localAt(3, '10:00'), durationMinutes: 60 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.code).toBe('UNDER_MAINTENANCE');
    // Straight into the table: the trigger refuses it.
    const startsAt = localAt(4, '10:00');
    await expect(
      db.booking.create({ data: { resourceId: resource.id, userId: bookerA.id, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), blockedUntil: new Date(startsAt.getTime() + HOUR) } }),
    ).rejects.toThrow();
    expect(await db.faultBookingNotice.count({ where: { faultId: fault.id } })).toBe(2);
    for (const [user, booking] of [[bookerA, a], [bookerB, b]] as const) {
      expect(await db.notification.count({ where: { userId: user.id, kind: 'faultBookingAffected', subjectId: booking.id } })).toBe(1);
    }
    // The report was NEW: taking the machine out confirms it.
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).status).toBe('CONFIRMED');
    expect((await listKnownIssues(resource.id)).map((f) => f.id)).toContain(fault.id);
  });

  it('tells each booker exactly once when two instances flag the same block at once', async () => {
    const { operator, resource, fault } = await scenario();
    const bookers = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    for (const [i, u] of bookers.entries()) must(await createBooking(u, { resourceId: resource.id, startsAt: localAt(1 + i, '14:00'), durationMinutes: 60 }));
    // Two parallel "take out" clicks (two app instances): one block.
    const both = await Promise.all([takeOutOfService(operator, { faultId: fault.id, note: '' }), takeOutOfService(operator, { faultId: fault.id, note: '' })]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.maintenanceBlock.count({ where: { resourceId: resource.id } })).toBe(1);
    // The extension job on two instances and the flagging again, all at once: no second notice.
    const now = new Date();
    await Promise.all([
      extendOutOfService(now),
      extendOutOfService(now),
      db.$transaction((tx) => flagAffectedBookings(tx, fault.id, now)),
      db.$transaction((tx) => flagAffectedBookings(tx, fault.id, now)),
    ]);
    for (const u of bookers) expect(await db.notification.count({ where: { userId: u.id, kind: 'faultBookingAffected' } })).toBe(1);
    expect(await db.mailMessage.count({ where: { userId: { in: bookers.map((u) => u.id) }, kind: 'faultBookingAffected' } })).toBe(5);
  });

  it('offers the next free slots on an equivalent machine and rebooks there', async () => {
    const { operator, resource, fault } = await scenario();
    const twin = await machine({ spaceId: resource.spaceId, name: '激光切割机 B' });
    const booker = await createUser();
    const booking = must(await createBooking(booker, { resourceId: resource.id, startsAt: localAt(1, '10:00'), durationMinutes: 60 }));
    must(await takeOutOfService(operator, { faultId: fault.id, note: '' }));
    const slots = await findAlternativeSlots(booker, booking.id);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0].resourceId).toBe(twin.id);
    const stranger = await createUser();
    expect((await rebookAffected(stranger, { bookingId: booking.id, resourceId: twin.id, startsAt: slots[0].startsAt })).ok).toBe(false);
    const moved = must(await rebookAffected(booker, { bookingId: booking.id, resourceId: twin.id, startsAt: slots[0].startsAt }));
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('CANCELLED');
    expect((await db.booking.findUniqueOrThrow({ where: { id: moved.id } })).resourceId).toBe(twin.id);
  });

  it('ends the block when fixed, tells reporter and confirmers, and asks the reporter two days later once', async () => {
    const { operator, reporter, resource, fault } = await scenario();
    const supporter = await createUser();
    must(await confirmFault(supporter, { faultId: fault.id }));
    must(await takeOutOfService(operator, { faultId: fault.id, note: '' }));
    const fixedAt = new Date();
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'FIXED', note: 'replaced tube' }, fixedAt));
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).blockId).toBeNull();
    const block = await db.maintenanceBlock.findFirstOrThrow({ where: { resourceId: resource.id } });
    expect(block.endsAt.getTime()).toBeLessThanOrEqual(fixedAt.getTime());
    must(await createBooking(supporter, { resourceId: resource.id, startsAt: localAt(1, '12:00'), durationMinutes: 60 }));
    expect(await db.notification.count({ where: { kind: 'faultFixed', subjectId: fault.id, userId: { in: [reporter.id, supporter.id] } } })).toBe(2);
    // Not yet due one day later; due after two, asked once however often the job runs.
    await askFixVerifications(new Date(fixedAt.getTime() + DAY));
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).verifyAskedAt).toBeNull();
    const later = new Date(fixedAt.getTime() + 2 * DAY + 1000);
    await Promise.all([askFixVerifications(later), askFixVerifications(later)]);
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).verifyAskedAt).toEqual(later);
    expect(await db.notification.count({ where: { kind: 'faultVerify', subjectId: fault.id, userId: reporter.id } })).toBe(1);
  });

  it('reopens a report once when the reporter says it is still broken', async () => {
    const { operator, reporter, fault } = await scenario();
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'FIXED', note: 'done' }));
    expect((await answerVerification(await createUser(), { faultId: fault.id, fixed: false })).ok).toBe(false);
    const reopened = must(await answerVerification(reporter, { faultId: fault.id, fixed: false }));
    expect(reopened.reopened).toBe(true);
    const row = await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } });
    expect(row).toMatchObject({ status: 'CONFIRMED', reopenCount: 1, fixedAt: null });
    must(await setFaultStatus(operator, { faultId: fault.id, status: 'FIXED', note: 'done again' }));
    const again = await answerVerification(reporter, { faultId: fault.id, fixed: false });
    expect(again.ok).toBe(false);
    must(await answerVerification(reporter, { faultId: fault.id, fixed: true }));
    expect((await db.faultReport.findUniqueOrThrow({ where: { id: fault.id } })).verifiedAt).not.toBeNull();
  });

  it('reports a machine’s availability over 90 days and its median time to repair', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const reporter = await createUser();
    const resource = await machine();
    await db.resource.update({ where: { id: resource.id }, data: { createdAt: new Date(Date.now() - 200 * DAY) } });
    const now = new Date();
    for (const hours of [2, 10, 30]) {
      const at = new Date(now.getTime() - 40 * DAY);
      const { id } = must(await reportFault(reporter, { resourceId: resource.id, categoryId: 'fc_machine', description: 'x', location: '', anonymous: false }, at));
      must(await setFaultStatus(operator, { faultId: id, status: 'FIXED', note: 'ok' }, new Date(at.getTime() + hours * HOUR)));
    }
    await db.maintenanceBlock.create({ data: { resourceId: resource.id, startsAt: new Date(now.getTime() - 10 * DAY), endsAt: new Date(now.getTime() - 10 * DAY + 9 * DAY) } });
    const r = await getMachineReliability(resource.id, now);
    expect(r!.mttrMs).toBe(10 * HOUR);
    expect(r!.availability).toBeCloseTo(81 / 90, 5);
  });
});

describe('Open311 GeoReport v2', () => {
  const url = (p: string) => `http://localhost/api/open311/v2/${p}`;

  it('lists services and describes one, and answers 404 as an error array for an unknown code', async () => {
    const list = (await (await servicesRoute(new NextRequest(url('services.json'), { headers: { 'accept-language': 'en' } }))).json()) as { service_code: string; service_name: string }[];
    expect(list.find((s) => s.service_code === 'machine-broken')).toMatchObject({ service_name: 'Machine broken', metadata: false, type: 'realtime' });
    const one = await serviceRoute(new NextRequest(url('services/safety.json')), { params: Promise.resolve({ code: 'safety.json' }) });
    expect(await one.json()).toEqual({ service_code: 'safety', attributes: [] });
    const missing = await serviceRoute(new NextRequest(url('services/nope.json')), { params: Promise.resolve({ code: 'nope.json' }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it('takes a request with an API token as api_key and answers the standard fields without the reporter', async () => {
    const member = await createUser({ name: '不公开的名字' });
    const token = must(await createApiToken(member, { name: 'open311' }));
    const resource = await machine();
    const body = new URLSearchParams({ api_key: token.token, service_code: 'machine-broken', description: 'Spindle stalls', address_string: 'Workshop', address_id: resource.id });
    const res = await postRequestRoute(new NextRequest(url('requests.json'), { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect(res.status).toBe(201);
    const [created] = (await res.json()) as { service_request_id: string }[];
    const one = await requestRoute(new NextRequest(url(`requests/${created.service_request_id}.json`)), { params: Promise.resolve({ id: `${created.service_request_id}.json` }) });
    const [r] = (await one.json()) as Record<string, unknown>[];
    for (const field of ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'media_url']) {
      expect(r, field).toHaveProperty(field);
    }
    expect(r).toMatchObject({ service_request_id: created.service_request_id, status: 'open', service_code: 'machine-broken', description: 'Spindle stalls', address_id: resource.id });
    expect(JSON.stringify(r)).not.toContain('不公开的名字');
    const list = (await (await listRequestsRoute(new NextRequest(url(`requests.json?service_request_id=${created.service_request_id}`)))).json()) as { service_request_id: string }[];
    expect(list.map((x) => x.service_request_id)).toEqual([created.service_request_id]);
  });

  it('refuses a post without a valid key or without required fields, as error arrays', async () => {
    const member = await createUser();
    const token = must(await createApiToken(member, { name: 'open311' }));
    const post = (fields: Record<string, string>) =>
      postRequestRoute(new NextRequest(url('requests.json'), { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    const noKey = await post({ service_code: 'other', description: 'x' });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual([{ code: 401, description: expect.any(String) }]);
    expect((await post({ api_key: 'zcs_nonsense', service_code: 'other', description: 'x' })).status).toBe(403);
    expect((await post({ api_key: token.token, description: 'x' })).status).toBe(400);
    expect((await post({ api_key: token.token, service_code: 'other' })).status).toBe(400);
    expect((await post({ api_key: token.token, service_code: 'nope', description: 'x' })).status).toBe(404);
    const badDate = await listRequestsRoute(new NextRequest(url('requests.json?start_date=yesterday')));
    expect(badDate.status).toBe(400);
  });
});

describe('known issues in booking confirmations', () => {
  it('names the open fault reports of the resource in the booker’s confirmation', async () => {
    const { resource } = await scenario();
    const booker = await createUser();
    const b = must(await createBooking(booker, { resourceId: resource.id, startsAt: localAt(1, '16:00'), durationMinutes: 60 }));
    const n = await db.notification.findFirstOrThrow({ where: { userId: booker.id, kind: 'bookingApproved', subjectId: b.id } });
    expect((n.data as { message: string }).message).toContain('设备故障');
    const quiet = await machine();
    const c = must(await createBooking(booker, { resourceId: quiet.id, startsAt: localAt(1, '16:00'), durationMinutes: 60 }));
    const m = await db.notification.findFirstOrThrow({ where: { userId: booker.id, kind: 'bookingApproved', subjectId: c.id } });
    expect((m.data as { message: string }).message).toBe('');
  });
});
