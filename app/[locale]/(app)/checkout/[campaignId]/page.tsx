import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { findCampaign } from '@/lib/campaigns/queries';
import { acceptsPledges } from '@/lib/campaigns/policy';
import { textParam } from '@/lib/validation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { CheckoutForm } from '@/components/checkout/checkout-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkout');
  return { title: t('title') };
}

const searchSchema = z.object({ tier: textParam(64) });

export default async function CheckoutPage({ params, searchParams }: PageProps<'/[locale]/checkout/[campaignId]'>) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const c = await findCampaign(user, campaignId);
  if (!c) notFound();
  const t = await getTranslations('checkout');
  const { tier } = searchSchema.parse(await searchParams);
  const initialTierId = c.tiers.some((x) => x.id === tier) ? (tier as string) : '';
  const back = (
    <Button asChild variant="outline" size="sm">
      <Link href={`/campaigns/${c.id}`}>{t('backToCampaign')}</Link>
    </Button>
  );
  return (
    <>
      <PageHeader title={t('title')} description={t('lead', { title: c.title })} actions={back} />
      {acceptsPledges(c, new Date()) ? (
        <CheckoutForm campaign={{ id: c.id, title: c.title, minPledgeFen: c.minPledgeFen }} tiers={c.tiers} initialTierId={initialTierId} idempotencyKey={randomUUID()} />
      ) : (
        <Alert>{t('notOpen')}</Alert>
      )}
    </>
  );
}
