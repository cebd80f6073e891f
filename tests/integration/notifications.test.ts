import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/service';
import { GET as listRoute } from '@/app/api/v1/notifications/route';
import { POST as readRoute } from '@/app/api/v1/notifications/read/route';
import { POST as unsubscribeRoute } from '@/app/api/notifications/unsubscribe/route';
import { db } from '@/lib/db';
import { drainOutbox } from '@/lib/mail/drain-service';
import { startMailReceiver, type MailReceiver } from '@/lib/mail/receiver';
import { createSmtpTransport } from '@/lib/mail/transport';
import { runDigests, sendDigest } from '@/lib/notifications/digest-service';
import type { NotificationKind } from '@/lib/notifications/kinds';
import { countUnread, listNotificationsPage } from '@/lib/notifications/queries';
import { markRead, notify, savePreferences } from '@/lib/notifications/service';
import { unsubscribeUrl } from '@/lib/notifications/unsubscribe';
import type { SessionUser } from '@/lib/users/queries';
import { createUser } from '../factories';

let receiver: MailReceiver;
beforeAll(async () => {
  receiver = await startMailReceiver({ databaseUrl: process.env.DATABASE_URL! });
});
afterAll(async () => {
  await receiver.close();
});

let seq = 0;
async function report(kind: NotificationKind, recipients: string[], extra: { data?: Record<string, string | number>; link?: string; ics?: { filename: string; content: string } } = {}) {
  const id = `s-${++seq}-${Date.now()}`;
  await db.$transaction((tx) => notify(tx, { kind, recipients, subject: { type: 'test', id }, data: { title: `事项${seq}`, ...extra.data }, link: extra.link ?? '/dashboard', ics: extra.ics }));
  return id;
}

const rows = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
const mails = (userId: string) => db.mailMessage.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'test' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}
const none = { params: Promise.resolve({}) };

describe('notification preferences', () => {
  it('sends an activity kind in the app and by e-mail by default, with List-Unsubscribe', async () => {
    const member = await createUser();
    await report('teamInvitation', [member.id], { data: { name: '李雷' } });
    expect(await rows(member.id)).toMatchObject([{ kind: 'teamInvitation', inApp: true, digestPending: false }]);
    const [mail] = await mails(member.id);
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe': expect.stringContaining('/api/notifications/unsubscribe'), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.text).toContain('李雷');
    expect(mail.html).toContain('李雷');
  });

  it('renders the e-mail in the recipient language with a link to the thing', async () => {
    const member = await createUser();
    await db.user.update({ where: { id: member.id }, data: { locale: 'en' } });
    await report('campaignApproved', [member.id], { data: { title: 'Smart pot' }, link: '/campaigns/abc' });
    const [mail] = await mails(member.id);
    expect(mail.subject).toBe('[Zhongchuang Space] Campaign approved');
    expect(mail.text).toContain('Your campaign “Smart pot” was approved.');
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/en\/campaigns\/abc/);
    // Decisions about you are transactional: no unsubscribe header.
    expect(mail.headers).toEqual({});
  });

  it('turns a kind off entirely, or keeps it in the app only, or in e-mail only', async () => {
    const member = await createUser();
    await savePreferences(member, { emailFrequency: 'IMMEDIATE', settings: { teamInvitation: 'OFF', mentoringRequested: 'IN_APP', sessionCancelled: 'EMAIL' } });
    await report('teamInvitation', [member.id]);
    await report('mentoringRequested', [member.id]);
    await report('sessionCancelled', [member.id]);
    expect((await rows(member.id)).map((r) => [r.kind, r.inApp])).toEqual([
      ['mentoringRequested', true],
      ['sessionCancelled', false],
    ]);
    expect((await mails(member.id)).map((m) => m.kind)).toEqual(['sessionCancelled']);
    // The e-mail-only row is not in the centre and not counted.
    expect((await listNotificationsPage(member, { limit: 20, unread: false })).items.map((i) => i.kind)).toEqual(['mentoringRequested']);
    expect(await countUnread(member)).toBe(1);
  });

  it('keeps transactional kinds in the app whatever the member chose', async () => {
    const member = await createUser();
    await savePreferences(member, { emailFrequency: 'OFF', settings: { bookingApproved: 'OFF', payoutPaid: 'EMAIL' } });
    expect(await db.notificationPreference.findMany({ where: { userId: member.id }, orderBy: { kind: 'asc' }, select: { kind: true, setting: true } })).toEqual([
      { kind: 'bookingApproved', setting: 'IN_APP' },
      { kind: 'payoutPaid', setting: 'ALL' },
    ]);
    await report('bookingApproved', [member.id]);
    await report('payoutPaid', [member.id], { data: { amountFen: 12_000 } });
    expect((await rows(member.id)).map((r) => [r.kind, r.inApp])).toEqual([
      ['bookingApproved', true],
      ['payoutPaid', true],
    ]);
    // E-mail frequency "off": no e-mail at all.
    expect(await mails(member.id)).toHaveLength(0);
  });

  it('unsubscribes one kind with a signed one-click link and refuses a forged one', async () => {
    const member = await createUser();
    const other = await createUser();
    const good = unsubscribeUrl('http://localhost', member.id, 'teamInvitation');
    const forged = good.replace(member.id, other.id);
    expect((await unsubscribeRoute(new NextRequest(forged, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), none)).status).toBe(404);
    expect((await unsubscribeRoute(new NextRequest(good, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), none)).status).toBe(200);
    await report('teamInvitation', [member.id, other.id]);
    expect(await mails(member.id)).toHaveLength(0);
    expect(await rows(member.id)).toHaveLength(1);
    expect(await mails(other.id)).toHaveLength(1);
  });
});

describe('calendar attachments', () => {
  it('attaches the .ics of a confirmation and it crosses SMTP', async () => {
    const member = await createUser();
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@zcs\r\nSUMMARY:3D 打印机\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await report('bookingApproved', [member.id], { ics: { filename: 'booking.ics', content: ics } });
    const [mail] = await mails(member.id);
    expect(mail.attachments).toEqual([{ filename: 'booking.ics', contentType: expect.stringContaining('text/calendar'), content: ics }]);
    expect(await drainOutbox({ transport: createSmtpTransport(receiver.url), ids: [mail.id] })).toMatchObject({ sent: 1 });
    const [got] = await db.receivedMail.findMany({ where: { toAddresses: { has: member.email } } });
    expect(got.headers).toMatchObject({ 'content-type': expect.stringContaining('multipart/mixed') });
  });
});

describe('digests', () => {
  it('holds activity for a daily digest that groups by kind, newest first, each item once', async () => {
    const member = await createUser();
    await savePreferences(member, { emailFrequency: 'DAILY', settings: {} });
    await report('teamInvitation', [member.id], { data: { title: '甲' } });
    await report('mentoringRequested', [member.id], { data: { title: '乙' } });
    await report('teamInvitation', [member.id], { data: { title: '丙' } });
    // Transactional news still goes out at once.
    await report('bookingRejected', [member.id]);
    expect((await mails(member.id)).map((m) => m.kind)).toEqual(['bookingRejected']);

    const now = new Date();
    expect(await sendDigest(member.id, now)).toBe(3);
    const digest = (await mails(member.id)).find((m) => m.kind === 'digest')!;
    expect(digest.subject).toContain('每日摘要');
    const text = digest.text;
    expect(text.indexOf('丙')).toBeLessThan(text.indexOf('甲'));
    expect(text.match(/「丙」/g)).toHaveLength(1);
    expect(text.indexOf('团队邀请 (2)')).toBeGreaterThan(-1);
    expect(text.indexOf('新的导师辅导请求 (1)')).toBeGreaterThan(-1);

    // Nothing new: no second digest, even a day later.
    expect(await sendDigest(member.id, new Date(now.getTime() + 25 * 3_600_000))).toBe(0);
    // A new item waits for the next day's digest, which carries it alone.
    await report('teamInvitation', [member.id], { data: { title: '丁' } });
    expect(await sendDigest(member.id, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await sendDigest(member.id, new Date(now.getTime() + 25 * 3_600_000))).toBe(1);
    const digests = (await mails(member.id)).filter((m) => m.kind === 'digest');
    expect(digests).toHaveLength(2);
    expect(digests[1].text).toContain('丁');
    expect(digests[1].text).not.toContain('甲');
  });

  it('batches operator-queue items into one e-mail instead of one per item, even for immediate members', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    for (let i = 0; i < 5; i++) await report('queueBooking', [operator.id], { data: { name: `会员${i}`, resource: '激光切割机' } });
    expect(await mails(operator.id)).toHaveLength(0);
    expect(await sendDigest(operator.id)).toBe(5);
    expect((await mails(operator.id)).map((m) => m.kind)).toEqual(['digest']);
  });

  it('puts each item in exactly one digest when two runners work at once', async () => {
    const members = await Promise.all([1, 2, 3].map(() => createUser()));
    for (const m of members) {
      await savePreferences(m, { emailFrequency: 'WEEKLY', settings: {} });
      for (let i = 0; i < 4; i++) await report('teamInvitation', [m.id]);
    }
    await Promise.all([runDigests(), runDigests(), runDigests()]);
    for (const m of members) {
      const digests = (await mails(m.id)).filter((x) => x.kind === 'digest');
      expect(digests).toHaveLength(1);
      expect(await db.notification.count({ where: { userId: m.id, digestPending: false, digestedAt: { not: null } } })).toBe(4);
    }
  });
});

describe('notifications API and marking read', () => {
  it('lists newest first with a cursor, filters unread, and marks ids or all read', async () => {
    const member = await createUser();
    const other = await createUser();
    for (let i = 0; i < 5; i++) await report('campaignLive', [member.id], { data: { title: `第${i}个` } });
    await report('campaignLive', [other.id]);
    const auth = await bearer(member);
    const get = (q: string) => listRoute(new NextRequest(`http://localhost/api/v1/notifications${q}`, { headers: { authorization: auth } }), none);
    const first = await (await get('?limit=3')).json();
    expect(first.items.map((i: { data: { title: string } }) => i.data.title)).toEqual(['第4个', '第3个', '第2个']);
    expect(first.unread).toBe(5);
    const second = await (await get(`?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: { data: { title: string } }) => i.data.title)).toEqual(['第1个', '第0个']);
    expect(second.nextCursor).toBeNull();

    const post = (body: string) =>
      readRoute(new NextRequest('http://localhost/api/v1/notifications/read', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body }), none);
    const theirs = (await db.notification.findFirstOrThrow({ where: { userId: other.id } })).id;
    const r1 = await post(JSON.stringify({ ids: [first.items[0].id, theirs] }));
    expect(await r1.json()).toEqual({ marked: 1, unread: 4 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs } })).readAt).toBeNull();
    const unreadOnly = await (await get('?unread=1')).json();
    expect(unreadOnly.items).toHaveLength(4);
    expect(await (await post(JSON.stringify({ all: true }))).json()).toEqual({ marked: 4, unread: 0 });
    expect((await get('?unread=1&limit=bad')).status).toBe(200);
  });

  it('answers bad input with a JSON error and a missing token with 401', async () => {
    const member = await createUser();
    const auth = await bearer(member);
    const bad = await readRoute(new NextRequest('http://localhost/api/v1/notifications/read', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: '{"ids":[]}' }), none);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION_FAILED');
    const malformed = await readRoute(new NextRequest('http://localhost/api/v1/notifications/read', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: '{' }), none);
    expect(malformed.status).toBe(400);
    const anonymous = await listRoute(new NextRequest('http://localhost/api/v1/notifications', { headers: { authorization: 'Bearer nope' } }), none);
    expect(anonymous.status).toBe(401);
  });

  it('marks only the member’s own notifications read', async () => {
    const member = await createUser();
    const other = await createUser();
    await report('campaignLive', [member.id, other.id]);
    expect(await markRead(member, { all: true })).toEqual({ count: 1 });
    expect(await countUnread(other)).toBe(1);
  });
});
