import { getLocale, getTranslations } from 'next-intl/server';
import { canonicalUrl } from '@/lib/share/links';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { QrCode } from '@/components/ui/qr-code';
import { ShareActions } from './share-actions';

/**
 * Sharing a public page: its canonical link with a copy button (and the system share sheet where
 * the browser has one), and a QR code to scan with WeChat. The same HTML for everyone, so it
 * sits in cached pages as is.
 */
export async function ShareCard({ path, title }: { path: string; title: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('share')]);
  const url = canonicalUrl(path, locale);
  return (
    <Card aria-labelledby="share-title" data-testid="share-card">
      <CardHeader>
        <CardTitle id="share-title">{t('title')}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4">
        <ShareActions url={url} title={title} labels={{ link: t('link'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), share: t('share') }} />
        <figure className="flex items-center gap-4">
          <QrCode value={url} label={t('qrAlt', { title })} size={128} quiet={2} className="shrink-0 rounded border border-slate-200" />
          <figcaption className="text-sm text-slate-600">{t('wechatHint')}</figcaption>
        </figure>
      </CardBody>
    </Card>
  );
}
