import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getResource, listAllCertifications } from '@/lib/bookings/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ResourceForm } from '@/components/operate/operator-forms';
import { OperateNav } from '@/components/operate/operate-nav';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('editResource') };
}

export default async function EditResourcePage({ params }: PageProps<'/[locale]/operate/resources/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePagePermission('space:operate');
  const [r, certs] = await Promise.all([getResource(id, { includeInactive: true }), listAllCertifications()]);
  if (!r) notFound();
  const t = await getTranslations('operate');
  const { space, requiredCertification, id: resourceId, ...rest } = r;
  return (
    <div>
      <PageHeader title={t('editResource')} description={r.name} />
      <OperateNav current="/operate/resources" />
      <Card>
        <CardBody>
          <ResourceForm values={{ ...rest, resourceId, spaceId: space.id, requiredCertificationId: requiredCertification?.id ?? '' }} certifications={certs} />
        </CardBody>
      </Card>
    </div>
  );
}
