import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { db } from '@/lib/db';
import { drainOutbox } from '@/lib/mail/drain-service';
import { startMailReceiver, type MailReceiver } from '@/lib/mail/receiver';
import { renderLayout } from '@/lib/mail/render';
import { sendTransactionalEmail } from '@/lib/mail/transactional-service';
import { createSmtpTransport } from '@/lib/mail/transport';
import { notify } from '@/lib/notifications/service';
import { createUser, uniqueEmail } from '../factories';

let receiver: MailReceiver;

beforeAll(async () => {
  receiver = await startMailReceiver({ databaseUrl: process.env.DATABASE_URL! });
});
afterAll(async () => {
  await receiver.close();
});

function mail(to: string, key: string) {
  return { to, kind: 'test', dedupeKey: key, ...renderLayout({ locale: 'en', subject: `Hello ${key}`, paragraphs: ['Body'], action: { label: 'Open', url: 'http://localhost/x' } }) };
}

async function received(to: string) {
  return db.receivedMail.findMany({ where: { toAddresses: { has: to } } });
}

describe('the mail pipeline', () => {
  it('delivers a transactional e-mail over a real SMTP conversation and logs the server answer', async () => {
    const to = uniqueEmail('reset');
    const { id } = await sendTransactionalEmail({ ...mail(to, `reset:${to}`), kind: 'passwordReset' });
    expect(id).not.toBeNull();
    const report = await drainOutbox({ transport: createSmtpTransport(receiver.url), ids: [id!] });
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [got] = await received(to);
    expect(got.subject).toBe(`Hello reset:${to}`);
    expect(got.html).toContain('http://localhost/x');
    expect(got.messageId).toContain(id!);
    const message = await db.mailMessage.findUniqueOrThrow({ where: { id: id! }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(message.status).toBe('SENT');
    expect(message.events.map((e) => e.type)).toEqual(['QUEUED', 'SENT']);
    expect(message.events[1].detail).toMatch(/^250/);
  });

  it('queues a transactional key only once', async () => {
    const to = uniqueEmail('once');
    const first = await sendTransactionalEmail(mail(to, `k:${to}`));
    const second = await sendTransactionalEmail(mail(to, `k:${to}`));
    expect(first.id).not.toBeNull();
    expect(second.id).toBeNull();
    expect(await db.mailMessage.count({ where: { toAddress: to } })).toBe(1);
  });

  it('notifies nobody when the change it reports rolls back', async () => {
    const member = await createUser();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { kind: 'bookingApproved', recipients: [member.id], subject: { type: 'booking', id: 'rolled-back' }, data: { resource: '3D 打印机' }, link: '/bookings' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { userId: member.id } })).toBe(0);
  });

  it('writes one row and one e-mail per recipient however often the same event is reported', async () => {
    const member = await createUser();
    const event = { kind: 'campaignApproved' as const, recipients: [member.id, member.id], subject: { type: 'campaign', id: `c-${member.id}` }, data: { title: '智能花盆' }, link: '/campaigns/x' };
    await Promise.all([1, 2, 3, 4].map(() => db.$transaction((tx) => notify(tx, event))));
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(1);
    const mails = await db.mailMessage.findMany({ where: { userId: member.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('众筹已通过审核');
    expect(mails[0].text).toContain('智能花盆');
    expect(mails[0].headers).toEqual({});
  });

  it('retries a failing server with backoff and logs the failure with its answer', async () => {
    let attempts = 0;
    const failing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        attempts++;
        callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
      },
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', () => resolve()));
    const address = failing.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const to = uniqueEmail('busy');
      const { id } = await sendTransactionalEmail(mail(to, `busy:${to}`));
      const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
      let now = new Date();
      const reports = [];
      for (let i = 0; i < 3; i++) {
        reports.push(await drainOutbox({ transport, ids: [id!], now, maxAttempts: 3 }));
        // Not due again before its backoff has passed.
        expect(await drainOutbox({ transport, ids: [id!], now, maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, failed: 0 });
        now = new Date(now.getTime() + 3_600_000);
      }
      expect(reports).toEqual([
        { sent: 0, retried: 1, failed: 0 },
        { sent: 0, retried: 1, failed: 0 },
        { sent: 0, retried: 0, failed: 1 },
      ]);
      expect(attempts).toBe(3);
      const message = await db.mailMessage.findUniqueOrThrow({ where: { id: id! }, include: { events: { orderBy: { createdAt: 'asc' } } } });
      expect(message.status).toBe('FAILED');
      expect(message.attempts).toBe(3);
      expect(message.events.map((e) => e.type)).toEqual(['QUEUED', 'RETRY', 'RETRY', 'FAILED']);
      expect(message.events[3].detail).toContain('451');
      expect(message.lastError).toContain('Mailbox busy');
    } finally {
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });

  it('gives up at once when the server refuses the mailbox for good', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_a, _s, callback) {
        callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', () => resolve()));
    const address = refusing.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const to = uniqueEmail('nouser');
      const { id } = await sendTransactionalEmail(mail(to, `nouser:${to}`));
      expect(await drainOutbox({ transport: createSmtpTransport(`smtp://127.0.0.1:${port}`), ids: [id!] })).toEqual({ sent: 0, retried: 0, failed: 1 });
      const message = await db.mailMessage.findUniqueOrThrow({ where: { id: id! } });
      expect(message).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(message.lastError).toContain('550');
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('sends each message once when two workers drain at the same time', async () => {
    const to = uniqueEmail('pair');
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push((await sendTransactionalEmail(mail(to, `pair:${to}:${i}`))).id!);
    const a = createSmtpTransport(receiver.url);
    const b = createSmtpTransport(receiver.url);
    const drainAll = async (transport: typeof a) => {
      let sent = 0;
      for (;;) {
        const r = await drainOutbox({ transport, ids, limit: 3 });
        if (r.sent === 0) return sent;
        sent += r.sent;
      }
    };
    const [sentA, sentB] = await Promise.all([drainAll(a), drainAll(b)]);
    expect(sentA + sentB).toBe(24);
    const got = await received(to);
    expect(got).toHaveLength(24);
    expect(new Set(got.map((g) => g.subject)).size).toBe(24);
    expect(await db.mailEvent.count({ where: { messageId: { in: ids }, type: 'SENT' } })).toBe(24);
  });
});
