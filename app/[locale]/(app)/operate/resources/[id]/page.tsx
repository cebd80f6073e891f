import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getResource, listAllCertifications } from '@/lib/bookings/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ResourceForm } from '@/components/operate/operator-forms';
import { PicturesCard } from '@/components/media/pictures-card';

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
  const [t, tm] = await Promise.all([getTranslations('operate'), getTranslations('media')]);
  const { space, requiredCertification, id: resourceId, photoKey, ...rest } = r;
  return (
    <div>
      <PageHeader title={t('editResource')} description={r.name} />
      <Card>
        <CardBody>
          <ResourceForm values={{ ...rest, resourceId, spaceId: space.id, requiredCertificationId: requiredCertification?.id ?? '' }} certifications={certs} />
        </CardBody>
      </Card>
      <div className="mt-6 max-w-2xl">
        <PicturesCard slot="resourcePhoto" subjectId={resourceId} name={r.name} imageKey={photoKey} label={tm('resourcePhoto')} aspect="aspect-[2/1]" />
      </div>
    </div>
  );
}
