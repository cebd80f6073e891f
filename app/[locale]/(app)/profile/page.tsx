import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findProfile } from '@/lib/users/queries';
import { Avatar } from '@/components/ui/avatar';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ProfileForm } from '@/components/profile/profile-form';
import { findLeaderboardPrivacy } from '@/lib/points/queries';
import { LeaderboardPrivacyForm } from '@/components/points/leaderboard-privacy-form';
import { Link } from '@/i18n/navigation';
import { ChangePasswordForm } from '@/components/profile/change-password-form';
import { SignOutEverywhereForm } from '@/components/profile/sign-out-everywhere-form';
import { ImageUpload } from '@/components/media/image-upload';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

export default async function ProfilePage({ params }: PageProps<'/[locale]/profile'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const profile = await findProfile(user);
  const hideFromLeaderboards = await findLeaderboardPrivacy(user.id);
  const t = await getTranslations('profile');
  const tAccounts = await getTranslations('accounts');
  const tm = await getTranslations('media');
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <CardBody className="space-y-6">
          <div className="flex items-center gap-3">
            <Avatar name={profile.name} imageKey={profile.avatarKey} size="lg" />
            <div>
              <p className="font-semibold">{profile.name}</p>
              <p className="text-sm text-slate-500">{profile.email}</p>
            </div>
          </div>
          <div className="border-b border-slate-100 pb-6">
            <p className="mb-3 text-sm text-slate-500">{tm('avatarIntro')}</p>
            <ImageUpload slot="avatar" subjectId={profile.id} imageKey={profile.avatarKey} label={tm('avatar')} seed={profile.name} aspect="aspect-square" round />
          </div>
          <ProfileForm profile={{ name: profile.name, bio: profile.bio, organization: profile.organization, skills: profile.skills, locale: profile.locale }} />
          <LeaderboardPrivacyForm hidden={hideFromLeaderboards} />
          <ChangePasswordForm />
          <SignOutEverywhereForm />
          <Link href="/settings/account" className="block border-t border-slate-100 pt-5 text-sm font-medium text-brand-700 hover:underline">
            {tAccounts('settingsLink')}
          </Link>
        </CardBody>
      </Card>
    </div>
  );
}
