import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CheckCircle2 } from 'lucide-react';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { findMyPledge } from '@/lib/campaigns/queries';
import { canCancelPledge } from '@/lib/campaigns/policy';
import { cancelPledgeAction } from '@/lib/pledges/actions';
import { formatDateTime, formatMoney, formatMonth, formatZone } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { ActionButton } from '@/components/campaigns/member-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkout');
  return { title: t('receiptTitle') };
}

/** The receipt a checkout lands on; only its backer sees it (anyone else: 404). */
export default async function ReceiptPage({ params }: PageProps<'/[locale]/pledges/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const p = await findMyPledge(user, id);
  if (!p) notFound();
  const [t, tp, lang] = await Promise.all([getTranslations('checkout'), getTranslations('pledges'), getLocale()]);
  const now = new Date();
  const rows: [string, string][] = [
    [t('orderNumber'), p.orderNumber],
    [t('campaign'), p.campaign.title],
    [t('reward'), p.tier ? p.tier.title : t('noRewardShort')],
    ...(p.tier?.deliveryMonth ? [[t('deliveryLabel'), formatMonth(p.tier.deliveryMonth, lang)] as [string, string]] : []),
    [t('payment'), t(`method.${p.paymentMethod}`)],
    [t('total'), formatMoney(p.amountFen, lang)],
    [t('placedAt'), `${formatDateTime(p.createdAt, lang)} ${formatZone(lang)}`],
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex items-start gap-3">
        <CheckCircle2 className="mt-1 size-8 shrink-0 text-emerald-600" aria-hidden />
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t('receiptTitle')}</h1>
          <p className="mt-1 text-slate-600">{p.status === 'AUTHORIZED' ? t('receiptLead') : tp(`status.${p.status}`)}</p>
        </div>
      </div>
      <Card>
        <CardBody className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-500">
              {t('orderNumber')} <span className="font-mono text-base font-semibold text-slate-900" data-testid="order-number">{p.orderNumber}</span>
            </p>
            <Badge tone={p.status === 'CAPTURED' ? 'success' : p.status === 'AUTHORIZED' ? 'brand' : 'neutral'}>{tp(`status.${p.status}`)}</Badge>
          </div>
          <dl className="divide-y divide-slate-100 text-sm">
            {rows.slice(1).map(([label, value]) => (
              <div key={label} className="flex justify-between gap-4 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-right text-slate-900">{value}</dd>
              </div>
            ))}
            {p.shipAddress && (
              <div className="flex justify-between gap-4 py-2">
                <dt className="text-slate-500">{t('shipTo')}</dt>
                <dd className="text-right whitespace-pre-wrap text-slate-900">{`${p.shipName ?? ''} ${p.shipPhone ?? ''}\n${p.shipAddress}`}</dd>
              </div>
            )}
          </dl>
          <p className="text-xs text-slate-500">{t('allOrNothing')}</p>
        </CardBody>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href={`/campaigns/${p.campaign.id}`}>{t('backToCampaign')}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={`/projects/${p.campaign.project.id}`}>{t('toProject', { name: p.campaign.project.name })}</Link>
        </Button>
        {canCancelPledge(p, p.campaign, now) && <ActionButton action={cancelPledgeAction} fields={{ pledgeId: p.id }} label={tp('cancel')} success={tp('cancelled')} confirm={tp('cancelConfirm')} variant="ghost" />}
      </div>
    </div>
  );
}
