import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { AuthCard } from '@/components/auth/auth-card';
import { findInvitedEmail } from '@/lib/accounts/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('signUpTitle') };
}

export default async function SignUpPage({ params, searchParams }: PageProps<'/[locale]/sign-up'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { invite } = await searchParams;
  const inviteToken = typeof invite === 'string' ? invite.slice(0, 100) : undefined;
  const invitedEmail = inviteToken ? await findInvitedEmail(inviteToken) : null;
  if (await getCurrentUser()) redirect({ href: '/dashboard', locale });
  const t = await getTranslations('auth');
  return (
    <AuthCard title={t('signUpTitle')} subtitle={t('signUpSubtitle')} wide>
      <SignUpForm invite={invitedEmail ? inviteToken : undefined} email={invitedEmail ?? undefined} />
      <p className="mt-6 text-center text-sm text-slate-600">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          {t('signInLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
