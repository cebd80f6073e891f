import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { VerifyEmailForm } from '@/components/accounts/verify-email-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accounts');
  return { title: t('verifyTitle') };
}

export default async function VerifyEmailPage({ params, searchParams }: PageProps<'/[locale]/verify-email'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, change } = await searchParams;
  const isChange = change === '1';
  const t = await getTranslations('accounts');
  return (
    <AuthCard title={isChange ? t('changeTitle') : t('verifyTitle')} subtitle={isChange ? t('changeSubtitle') : t('verifySubtitle')}>
      <VerifyEmailForm token={typeof token === 'string' ? token.slice(0, 100) : ''} change={isChange} />
    </AuthCard>
  );
}
