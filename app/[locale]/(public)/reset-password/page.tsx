import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { canUseResetToken } from '@/lib/accounts/queries';
import { Alert } from '@/components/ui/alert';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/accounts/reset-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accounts');
  return { title: t('resetTitle') };
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<'/[locale]/reset-password'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const secret = typeof token === 'string' ? token : '';
  const usable = await canUseResetToken(secret);
  const t = await getTranslations('accounts');
  return (
    <AuthCard title={t('resetTitle')} subtitle={t('resetSubtitle')}>
      {usable ? (
        <ResetPasswordForm token={secret} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error">{t('resetExpired')}</Alert>
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            {t('resetAgain')}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
