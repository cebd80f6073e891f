import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/safe-next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Alert } from '@/components/ui/alert';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('signInTitle') };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, reset, signedOut } = await searchParams;
  // Already signed in (a cached page's visitor link, followed before its member island loaded):
  // straight on to where the link was going.
  if (await getCurrentUser()) redirect({ href: safeNextPath(next), locale });
  const t = await getTranslations('auth');
  const tAccounts = await getTranslations('accounts');
  return (
    <AuthCard title={t('signInTitle')} subtitle={t('signInSubtitle')}>
      {reset === '1' && <Alert tone="success" className="mb-4">{tAccounts('resetDone')}</Alert>}
      {signedOut === 'everywhere' && (
        <div className="mb-4">
          <Alert tone="info">{t('signedOutEverywhere')}</Alert>
        </div>
      )}
      <SignInForm next={typeof next === 'string' ? next : undefined} />
      <p className="mt-4 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          {tAccounts('forgotLink')}
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-slate-600">
        {t('noAccount')}{' '}
        <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">
          {t('signUpLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
