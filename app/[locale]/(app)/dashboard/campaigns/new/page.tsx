import type { Metadata } from 'next';
import { FolderKanban } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listOwnedProjects } from '@/lib/projects/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatZone } from '@/lib/format';
import { Card, CardBody } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignForm } from '@/components/campaigns/campaign-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.form');
  return { title: t('newTitle') };
}

export default async function NewCampaignPage({ params }: PageProps<'/[locale]/dashboard/campaigns/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('project:manage-own');
  const [t, tc, projects, tz] = await Promise.all([getTranslations('campaigns.form'), getTranslations('campaignPage'), listOwnedProjects(user), findDefaultTimeZone()]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newLead')} />
      <Card>
        <CardBody>{projects.length === 0 ? <EmptyState
              icon={FolderKanban}
              title={t('noProjectTitle')}
              description={t('noProjectBody')}
              action={
                <Button asChild>
                  <Link href="/projects/new?next=/dashboard/campaigns/new">{tc('registerProject')}</Link>
                </Button>
              }
            /> : <CampaignForm projects={projects} zone={formatZone(locale, tz)} />}</CardBody>
      </Card>
    </>
  );
}
