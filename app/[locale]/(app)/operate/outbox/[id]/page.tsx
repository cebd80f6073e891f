import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { framedHtml, linksOf } from '@/lib/mail/links';
import { findReceivedMail } from '@/lib/notifications/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DateTime } from '@/components/campaigns/date-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outbox');
  return { title: t('title') };
}

export default async function OutboxMessagePage({ params }: PageProps<'/[locale]/operate/outbox/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('space:operate');
  const mail = await findReceivedMail(user, id);
  if (!mail) notFound();
  const t = await getTranslations('outbox');
  const links = linksOf(mail.html, mail.text);
  return (
    <div className="space-y-6">
      <Link href="/operate/outbox" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <PageHeader title={mail.subject || t('noSubject')} />
      <Card>
        <CardBody className="space-y-1 text-sm">
          <p>
            <span className="text-slate-500">{t('from')}:</span> {mail.fromAddress}
          </p>
          <p>
            <span className="text-slate-500">{t('to')}:</span> {mail.toAddresses.join(', ')}
          </p>
          <p>
            <span className="text-slate-500">{t('receivedAt')}:</span> <DateTime value={mail.receivedAt} />
          </p>
        </CardBody>
      </Card>
      {links.length > 0 && (
        <Card>
          <CardBody>
            <h2 className="mb-2 font-semibold">{t('links')}</h2>
            <ul className="space-y-1 text-sm" data-testid="outbox-links">
              {links.map((href) => (
                <li key={href} className="break-all">
                  <a href={href} className="text-brand-700 hover:underline">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      {mail.html ? (
        <section aria-labelledby="outbox-html">
          <h2 id="outbox-html" className="mb-2 font-semibold">
            {t('html')}
          </h2>
          {/* No scripts, no forms, no same-origin access: only links, opened in a new tab. */}
          <iframe
            title={t('frameTitle')}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={framedHtml(mail.html)}
            className="h-[32rem] w-full rounded-xl border border-slate-200 bg-white"
          />
        </section>
      ) : null}
      <section aria-labelledby="outbox-text">
        <h2 id="outbox-text" className="mb-2 font-semibold">
          {t('text')}
        </h2>
        <pre className="overflow-x-auto rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap">{mail.text}</pre>
      </section>
    </div>
  );
}
