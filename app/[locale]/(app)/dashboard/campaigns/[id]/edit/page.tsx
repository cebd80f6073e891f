import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findCampaignForOwner } from '@/lib/campaigns/queries';
import { fenToYuanText } from '@/lib/campaigns/money';
import { toLocalInput } from '@/lib/time';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatZone } from '@/lib/format';
import { listOwnedProjects } from '@/lib/projects/queries';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { PicturesCard } from '@/components/media/pictures-card';
import { findGallery } from '@/lib/media/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.form');
  return { title: t('editTitle') };
}


export default async function EditCampaignPage({ params }: PageProps<'/[locale]/dashboard/campaigns/[id]/edit'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const c = await findCampaignForOwner(user, id);
  if (!c) notFound();
  const [t, projects, gallery, tm, tz] = await Promise.all([getTranslations('campaigns.form'), listOwnedProjects(user), findGallery('CAMPAIGN', c.id), getTranslations('media'), findDefaultTimeZone()]);
  const faq = Array.isArray(c.faq) ? (c.faq as { q: string; a: string }[]) : [];
  return (
    <>
      <PageHeader title={t('editTitle')} description={c.title} />
      {c.status !== 'DRAFT' && <Alert className="mb-4">{t('notEditable')}</Alert>}
      <Card>
        <CardBody>
          <CampaignForm
            projects={projects}
            zone={formatZone(locale, tz)}
            values={{
              campaignId: c.id,
              projectId: c.projectId,
              title: c.title,
              story: c.story,
              risks: c.risks,
              goal: fenToYuanText(c.goalFen),
              minPledge: fenToYuanText(c.minPledgeFen),
              durationDays: String(c.durationDays),
              startsAt: c.startsAt ? toLocalInput(c.startsAt, tz) : '',
              tiers: c.tiers.map((tier) => ({ title: tier.title, description: tier.description, amount: fenToYuanText(tier.amountFen), quantity: tier.quantity ? String(tier.quantity) : '', month: tier.deliveryMonth ?? '', ships: tier.shipsPhysical })),
              faq,
            }}
          />
        </CardBody>
      </Card>
      <div className="mt-6">
        <PicturesCard slot="campaignCover" subjectId={c.id} name={c.title} imageKey={c.coverKey} label={tm('campaignCover')} gallery={{ kind: 'CAMPAIGN', images: gallery }} />
      </div>
    </>
  );
}
