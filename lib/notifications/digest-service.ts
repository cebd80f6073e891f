import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { absoluteUrl, escapeHtml, mailTranslator, renderLayout } from '@/lib/mail/render';
import { queueMail } from '@/lib/mail/outbox';
import { notificationValues } from './text';

const HOUR = 3_600_000;
/** Members on "immediately" get operator-queue items batched hourly (never one e-mail per item). */
const PERIOD_MS = { IMMEDIATE: HOUR, DAILY: 24 * HOUR, WEEKLY: 7 * 24 * HOUR, OFF: 0 } as const;

/**
 * Sends every due digest. One transaction per member: lock their waiting items (FOR UPDATE SKIP
 * LOCKED, so a second runner skips them), queue one e-mail grouping them by kind, newest first,
 * and mark them digested in that same transaction: an item is in exactly one digest.
 */
export async function runDigests(now = new Date()): Promise<{ digests: number; items: number }> {
  const members = await db.$queryRawUnsafe<{ userId: string }[]>(
    `SELECT DISTINCT n."userId" FROM "Notification" n WHERE n."digestPending" ORDER BY 1`,
  );
  let digests = 0;
  let items = 0;
  for (const { userId } of members) {
    const r = await sendDigest(userId, now);
    if (r > 0) {
      digests++;
      items += r;
    }
  }
  return { digests, items };
}

/** One member's digest if due; returns how many items it carried (0 = none sent). */
export async function sendDigest(userId: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, locale: true, notificationSettings: { select: { emailFrequency: true, lastDigestAt: true } } },
    });
    if (!user) return 0;
    const frequency = user.notificationSettings?.emailFrequency ?? 'IMMEDIATE';
    const last = user.notificationSettings?.lastDigestAt;
    if (frequency !== 'OFF' && last && now.getTime() - last.getTime() < PERIOD_MS[frequency]) return 0;
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "Notification" WHERE "userId" = $1 AND "digestPending" ORDER BY "createdAt" DESC, "id" DESC FOR UPDATE SKIP LOCKED`,
      userId,
    );
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    await tx.notification.updateMany({ where: { id: { in: ids } }, data: { digestPending: false, digestedAt: now } });
    // E-mail switched off after the items were queued: they leave the queue unsent.
    if (frequency === 'OFF') return 0;
    const notes = await tx.notification.findMany({
      where: { id: { in: ids } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, kind: true, data: true, link: true, createdAt: true },
    });
    const t = mailTranslator(user.locale);
    const groups = new Map<string, typeof notes>();
    for (const n of notes) groups.set(n.kind, [...(groups.get(n.kind) ?? []), n]);
    const paragraphs: string[] = [t('mail.greeting', { name: user.name }), t('mail.digestIntro')];
    const sections: string[] = [];
    for (const [kind, list] of groups) {
      const heading = t(`notifications.subjects.${kind}`);
      const lines = list.map((n) => `• ${t(`notifications.kinds.${kind}`, notificationValues(n.data, user.locale)).trim()} ${absoluteUrl(env.APP_URL, n.link ?? '/notifications', user.locale)}`);
      paragraphs.push(`${heading} (${list.length})\n${lines.join('\n')}`);
      sections.push(
        `<h2 style="font-size:15px;margin:16px 0 8px">${escapeHtml(heading)} (${list.length})</h2><ul style="padding-left:18px;margin:0">${list
          .map(
            (n) =>
              `<li style="margin:0 0 6px"><a href="${escapeHtml(absoluteUrl(env.APP_URL, n.link ?? '/notifications', user.locale))}">${escapeHtml(
                t(`notifications.kinds.${kind}`, notificationValues(n.data, user.locale)).trim(),
              )}</a></li>`,
          )
          .join('')}</ul>`,
      );
    }
    const subject = `[${t('common.appName')}] ${t('mail.digestSubject', { period: t(`mail.period${frequency}`), n: notes.length })}`;
    const prefs = absoluteUrl(env.APP_URL, '/notifications/preferences', user.locale);
    const base = renderLayout({
      locale: user.locale,
      subject,
      paragraphs,
      action: { label: t('mail.open'), url: absoluteUrl(env.APP_URL, '/notifications', user.locale) },
      footerLinks: [{ label: t('mail.preferences'), url: prefs }],
    });
    // The HTML part lists the items as links instead of the plain paragraphs.
    const html = base.html.replace(/(<div style="background:#ffffff[^>]*>)([\s\S]*?)(<p style="margin:20px 0">)/, (_, open: string, body: string, btn: string) => {
      const intro = body.split('</p>').slice(0, 2).join('</p>') + '</p>';
      return `${open}${intro}${sections.join('')}${btn}`;
    });
    await queueMail(tx, [
      {
        // The newest item belongs to this digest only, so it names the digest.
        dedupeKey: `digest:${user.id}:${ids[0]}`,
        to: user.email,
        userId: user.id,
        kind: 'digest',
        subject,
        text: base.text,
        html,
        headers: { 'List-Unsubscribe': `<${prefs}>` },
      },
    ]);
    await tx.notificationSettings.upsert({
      where: { userId: user.id },
      create: { userId: user.id, lastDigestAt: now },
      update: { lastDigestAt: now },
    });
    return notes.length;
  });
}
