import type { Metadata } from 'next';
import { Award } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listCertifications } from '@/lib/bookings/queries';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { CertificationCreateForm, CertificationGrantForm, RevokeButton } from '@/components/operate/operator-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('navCertifications') };
}

export default async function CertificationsPage({ params }: PageProps<'/[locale]/operate/certifications'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const certs = await listCertifications(operator);
  const t = await getTranslations('operate');

  return (
    <div>
      <PageHeader title={t('navCertifications')} description={t('certificationsDescription')} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {certs.length === 0 && <EmptyState icon={Award} title={t('noCertifications')} />}
          {certs.map((c) => (
            <Card key={c.id} aria-labelledby={`cert-${c.id}`}>
              <CardHeader>
                <div>
                  <CardTitle id={`cert-${c.id}`}>{c.name}</CardTitle>
                  <CardDescription>
                    {c.description}
                    {c.resources.length > 0 && ` · ${t('requiredBy', { names: c.resources.map((r) => r.name).join('、') })}`}
                  </CardDescription>
                </div>
              </CardHeader>
              <CardBody className="space-y-4">
                <CertificationGrantForm certificationId={c.id} name={c.name} />
                {c.holders.length === 0 ? (
                  <p className="text-sm text-slate-500">{t('noHolders')}</p>
                ) : (
                  <ul className="divide-y divide-slate-100">
                    {c.holders.map((h) => (
                      <li key={h.userId} className="flex items-center justify-between gap-2 py-2 text-sm">
                        <span className="min-w-0 truncate">
                          {h.user.name} <span className="text-slate-500">{h.user.email}</span>
                        </span>
                        <RevokeButton certificationId={c.id} userId={h.userId} label={t('revokeLabel', { member: h.user.name, name: c.name })} />
                      </li>
                    ))}
                  </ul>
                )}
              </CardBody>
            </Card>
          ))}
        </div>
        <Card>
          <CardHeader><CardTitle>{t('createCertification')}</CardTitle></CardHeader>
          <CardBody><CertificationCreateForm /></CardBody>
        </Card>
      </div>
    </div>
  );
}
