import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listAllCertifications, listResources, listSpaces } from '@/lib/bookings/queries';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { ResourceForm } from '@/components/operate/operator-forms';
import { newResourceValues } from '@/lib/bookings/rules';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('navResources') };
}

export default async function OperateResourcesPage({ params }: PageProps<'/[locale]/operate/resources'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission('space:operate');
  const [resources, certs, spaces] = await Promise.all([listResources({ includeInactive: true }), listAllCertifications(), listSpaces()]);
  const t = await getTranslations('operate');
  const tk = await getTranslations('resources.kind');

  return (
    <div>
      <PageHeader title={t('navResources')} description={t('resourcesDescription')} />
      <Card className="mb-6">
        <CardBody className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <Th>{t('resourceName')}</Th>
                <Th>{t('kind')}</Th>
                <Th>{t('zone')}</Th>
                <Th>{t('status')}</Th>
              </tr>
            </thead>
            <tbody>
              {resources.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/operate/resources/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                  </Td>
                  <Td>{tk(r.kind)}</Td>
                  <Td>{r.zone}</Td>
                  <Td>{r.active ? <Badge tone="success">{t('active')}</Badge> : <Badge>{t('inactive')}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardBody>
      </Card>
      {spaces[0] && (
        <Card>
          <CardHeader><CardTitle>{t('createResource')}</CardTitle></CardHeader>
          <CardBody>
            <ResourceForm values={newResourceValues(spaces[0].id)} certifications={certs} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
