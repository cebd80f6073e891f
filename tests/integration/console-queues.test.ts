import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { INBOX_QUEUES, loadInbox, loadInboxCounts, loadOldest } from '@/lib/console/inbox-queries';
import { CONSOLE_NAV } from '@/lib/console/nav';
import { findCampaignForReview, getStaffOverview, listBookingQueue } from '@/lib/console/queries';
import { bookingQueueSearchSchema } from '@/lib/console/schemas';
import { campaignChecklist } from '@/lib/console/campaign-checklist';
import { createBooking } from '@/lib/bookings/service';
import { zonedInstant } from '@/lib/bookings/time';
import { decideCampaigns } from '@/lib/campaigns/service';
import { decideRoleRequests, requestRole } from '@/lib/role-requests/service';
import { createProposal } from '@/lib/participation/service';
import { createCampaign, createResource, createUser } from '../factories';

describe('the inbox', () => {
  it("shows every queue's count on exactly one link of the sidebar, and no badge for a queue that does not exist", () => {
    const badges = CONSOLE_NAV.flatMap((g) => g.items.flatMap((i) => i.inbox ?? []));
    expect(badges.filter((key) => !INBOX_QUEUES.some((q) => q.key === key))).toEqual([]);
    expect([...badges].sort()).toEqual(INBOX_QUEUES.map((q) => q.key).sort());
  });

  it('counts every queue that exists for an operator, each oldest first, the longest-waiting queue first', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const before = await loadInboxCounts(operator);
    const member = await createUser();
    expect((await requestRole(member, { role: 'MENTOR', message: '' })).ok).toBe(true);
    const after = await loadInboxCounts(operator);
    expect(Object.keys(after).sort()).toEqual(['applications', 'bookings', 'campaigns', 'disputes', 'faults', 'payouts', 'proposals', 'ratingCases', 'reportedContent', 'roleRequests', 'taskApprovals']);
    expect(after.roleRequests).toBe(before.roleRequests + 1);

    const inbox = await loadInbox(operator, 5);
    for (const q of inbox) {
      const times = q.items.map((i) => i.since.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const firsts = inbox.filter((q) => q.items.length).map((q) => q.items[0].since.getTime());
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('lists an escalated proposal by its age like any other, so the proposals queue stays oldest first', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const older = await createProposal(await createUser(), 'suggestion-box', { title: '打印机常卡纸', body: '三楼打印机每天卡纸。', category: '' });
    const newer = await createProposal(await createUser(), 'suggestion-box', { title: '茶水间加一台冰箱', body: '午饭放不下。', category: '' });
    if (!older.ok || !newer.ok) throw new Error('proposals not created');
    await db.proposal.update({ where: { id: newer.data.id }, data: { escalatedAt: new Date() } });

    const proposals = (await loadInbox(operator, 10_000)).find((q) => q.key === 'proposals');
    const ids = proposals?.items.map((i) => i.id) ?? [];
    expect(ids.indexOf(older.data.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(older.data.id)).toBeLessThan(ids.indexOf(newer.data.id));
    const times = proposals?.items.map((i) => i.since.getTime()) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows a member without staff permissions no queue at all', async () => {
    const member = await createUser();
    expect(await loadInbox(member)).toEqual([]);
    expect(await loadInboxCounts(member)).toEqual({});
  });

  it('counts exactly the items each queue lists, hidden proposals left out', async () => {
    const operator = await createUser({ roles: ['ADMIN'] });
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    await createCampaign(owner, { status: 'SUBMITTED' });
    expect((await requestRole(await createUser(), { role: 'MENTOR', message: '' })).ok).toBe(true);
    const shown = await createProposal(await createUser(), 'suggestion-box', { title: '会议室投影偏暗', body: '下午看不清。', category: '' });
    const hidden = await createProposal(await createUser(), 'suggestion-box', { title: '重复的提议', body: '同上。', category: '' });
    if (!shown.ok || !hidden.ok) throw new Error('proposals not created');
    await db.proposal.update({ where: { id: hidden.data.id }, data: { hiddenAt: new Date() } });
    const counts = await loadInboxCounts(operator);
    expect(Object.keys(counts).sort()).toEqual(INBOX_QUEUES.map((q) => q.key).sort());
    const inbox = await loadInbox(operator, 100_000);
    for (const q of inbox) expect(q.items.length, q.key).toBe(counts[q.key]);
    expect(counts.campaigns).toBeGreaterThan(0);
    expect(counts.roleRequests).toBeGreaterThan(0);
    const proposals = inbox.find((q) => q.key === 'proposals')?.items.map((p) => p.id) ?? [];
    expect(proposals).toContain(shown.data.id);
    expect(proposals).not.toContain(hidden.data.id);
  });

  it('lists every queue, empty ones too, in one statement whose rows keep each queue oldest first', async () => {
    const oldest = await loadOldest([...INBOX_QUEUES], 3);
    expect([...oldest.keys()].sort()).toEqual(INBOX_QUEUES.map((q) => q.key).sort());
    for (const items of oldest.values()) {
      expect(items.length).toBeLessThanOrEqual(3);
      const times = items.map((i) => i.since.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('has one entry per queue with a unique key', () => {
    expect(new Set(INBOX_QUEUES.map((q) => q.key)).size).toBe(INBOX_QUEUES.length);
  });
});

describe('the booking approval queue', () => {
  const NOW = new Date('2030-01-07T00:00:00Z');
  it('shows on each row the member’s recent no-shows and another booking at the same time, and filters by resource and search', async () => {
    const [operator, member, printer, room] = await Promise.all([
      createUser({ roles: ['OPERATOR'], name: '运营甲' }),
      createUser({ name: `爽约者${Math.random().toString(36).slice(2, 6)}` }),
      createResource({ kind: 'EQUIPMENT', requiresApproval: true }),
      createResource(),
    ]);
    const pending = await createBooking(member, { resourceId: printer.id, startsAt: zonedInstant('2030-01-08', '10:00', 'Asia/Shanghai'), durationMinutes: 60 }, NOW);
    expect((await createBooking(member, { resourceId: room.id, startsAt: zonedInstant('2030-01-08', '10:30', 'Asia/Shanghai'), durationMinutes: 60 }, NOW)).ok).toBe(true);
    await db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt: new Date(Date.now() - 5 * 86_400_000), endsAt: new Date(Date.now() - 5 * 86_400_000 + 3_600_000), blockedUntil: new Date(Date.now() - 5 * 86_400_000 + 3_600_000), status: 'NO_SHOW' } });
    const search = bookingQueueSearchSchema.parse({ resource: printer.id });
    const { rows } = await listBookingQueue(operator, search);
    expect(rows.map((r) => r.id)).toEqual([pending.ok && pending.data.id]);
    expect(rows[0]).toMatchObject({ noShows: 1, bookingClash: room.name, maintenanceClash: false, certification: null });
    expect((await listBookingQueue(operator, bookingQueueSearchSchema.parse({ q: 'no-such-person-xyz' }))).rows).toEqual([]);
  });

  it('drops a bad search parameter and keeps the others', () => {
    expect(bookingQueueSearchSchema.parse({ status: 'NONSENSE', date: '2030-13', sort: 'resource', q: 'abc' })).toEqual({ status: 'PENDING', sort: 'resource', q: 'abc' });
  });

  it('is refused to a member', async () => {
    const member = await createUser();
    await expect(listBookingQueue(member, bookingQueueSearchSchema.parse({}))).rejects.toThrow(/forbidden/);
    await expect(getStaffOverview(member)).rejects.toThrow(/forbidden/);
  });
});

describe('the staff dashboard', () => {
  it('counts today’s bookings and what is in use now', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const now = new Date();
    const before = await getStaffOverview(operator, now);
    const started = new Date(Math.floor(now.getTime() / 1_800_000) * 1_800_000);
    await db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt: started, endsAt: new Date(started.getTime() + 3_600_000), blockedUntil: new Date(started.getTime() + 3_600_000), status: 'CHECKED_IN', checkedInAt: started } });
    const after = await getStaffOverview(operator, now);
    const space = after.occupancy.find((o) => o.spaceId === room.spaceId);
    expect(space).toMatchObject({ total: 1, busy: 1 });
    expect(after.checkedInToday).toBeGreaterThanOrEqual(before.checkedInToday);
  });
});

describe('bulk decisions in the other queues', () => {
  it('approves many role requests once each and reports the one decided meanwhile', async () => {
    const [operator, other] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const members = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const ids: string[] = [];
    for (const m of members) {
      const r = await requestRole(m, { role: 'INVESTOR', message: '' });
      if (r.ok) ids.push(r.data.id);
    }
    expect((await decideRoleRequests(other, { requestIds: [ids[2]], decision: 'REJECT', reason: '资料不全' })).ok).toBe(true);
    const result = await decideRoleRequests(operator, { requestIds: ids, decision: 'APPROVE', reason: '' });
    expect(result.ok && result.data.applied.map((a) => a.id).sort()).toEqual(ids.filter((_, i) => i !== 2).sort());
    expect(result.ok && result.data.refused).toEqual([{ id: ids[2], code: 'STATE_CHANGED', message: 'roleRequestAlreadyDecided' }]);
    expect(await db.userRole.count({ where: { userId: { in: members.map((m) => m.id) }, role: 'INVESTOR' } })).toBe(4);
  });

  it('returns many campaigns with one reason, refusing one on the operator’s own team', async () => {
    const operator = await createUser({ roles: ['OPERATOR', 'ENTREPRENEUR'] });
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const [a, b, own] = await Promise.all([createCampaign(owner, { status: 'SUBMITTED' }), createCampaign(owner, { status: 'SUBMITTED' }), createCampaign(operator, { status: 'SUBMITTED' })]);
    const result = await decideCampaigns(operator, { campaignIds: [a.id, b.id, own.id], decision: 'SEND_BACK', reason: '请补充风险说明' });
    expect(result.ok && result.data.applied.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(result.ok && result.data.refused).toEqual([{ id: own.id, code: 'FORBIDDEN', message: 'campaignOwnTeamReview' }]);
    const rows = await db.campaign.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.every((r) => r.status === 'DRAFT' && r.reviewNote === '请补充风险说明')).toBe(true);
    const panel = await findCampaignForReview(operator, a.id);
    expect(panel?.history.map((h) => h.action)).toEqual(['campaign.sendBack']);
  });
});

describe('the campaign checklist', () => {
  it('passes a complete campaign and names what a thin one lacks', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const good = { story: '好'.repeat(250), goalFen: 100_000, minPledgeFen: 100, durationDays: 30, startsAt: null, faqCount: 2, tiers: [{ amountFen: 5_000, deliveryMonth: '2030-06', quantity: 10 }] };
    expect(campaignChecklist(good, now).every((c) => c.ok)).toBe(true);
    const thin = campaignChecklist({ ...good, story: '短', tiers: [], faqCount: 0, durationDays: 90 }, now);
    expect(thin.filter((c) => !c.ok).map((c) => c.key)).toEqual(['storyLength', 'hasTiers', 'tiersDelivery', 'durationSensible', 'hasFaq']);
  });
});
