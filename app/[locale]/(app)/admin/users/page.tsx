import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { userSearchSchema } from '@/lib/users/schemas';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { UsersTable } from '@/components/users/users-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<'/[locale]/admin/users'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requirePagePermission('user:list');
  const query = userSearchSchema.parse(await searchParams);
  const [page, t, timeZone] = await Promise.all([listUsers(admin, query), getTranslations('users'), findDefaultTimeZone()]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ExportButtons table="members" params={{ q: 'q' in query ? query.q : undefined }} />} />
      <Card>
        <CardBody>
          <UsersTable actorId={admin.id} page={page} q={'q' in query ? query.q : undefined} basePath="/admin/users" timeZone={timeZone} />
        </CardBody>
      </Card>
    </>
  );
}
