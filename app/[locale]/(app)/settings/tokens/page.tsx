import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listMyApiTokens } from '@/lib/api-tokens/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CreateTokenForm } from '@/components/api-tokens/create-token-form';
import { TokenList } from '@/components/api-tokens/token-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tokens');
  return { title: t('title') };
}

export default async function TokensPage({ params }: PageProps<'/[locale]/settings/tokens'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('apiToken:manage');
  const [tokens, t, timeZone] = await Promise.all([listMyApiTokens(user), getTranslations('tokens'), findDefaultTimeZone()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <CardHeader>
          <div>
            <CardTitle>{t('createTitle')}</CardTitle>
            <CardDescription>{t('createDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          <CreateTokenForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('listTitle')}</CardTitle>
        </CardHeader>
        <CardBody>
          <TokenList
            timeZone={timeZone}
            tokens={tokens.map((k) => ({
              ...k,
              createdAt: k.createdAt.toISOString(),
              lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
              revokedAt: k.revokedAt?.toISOString() ?? null,
            }))}
          />
        </CardBody>
      </Card>
    </div>
  );
}
