import { Briefcase, GraduationCap, HandCoins, Hammer, Lightbulb, Rocket, Users } from 'lucide-react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { countMembers } from '@/lib/users/queries';
import { HomeCta } from '@/components/layout/home-cta';
import { LiveModules } from '@/components/home/live-modules';
import { MyNextThings } from '@/components/home/my-next-things';
import { findHomeModules } from '@/lib/home/queries';
import { formatOpeningHours } from '@/lib/format';
import { DEFAULT_TIME_ZONE } from '@/lib/time';
import { ClientMessages } from '@/i18n/client-messages';

const ROLES = [
  { key: 'entrepreneurs', Icon: Rocket },
  { key: 'mentors', Icon: GraduationCap },
  { key: 'investors', Icon: HandCoins },
  { key: 'makers', Icon: Hammer },
] as const;

const STEPS = [
  { key: 'idea', Icon: Lightbulb },
  { key: 'team', Icon: Users },
  { key: 'launch', Icon: Briefcase },
] as const;

/**
 * Cached page (lib/cache). No language is rendered at build time (the build has no database):
 * each renders on its first request and is kept from then on. Only the cached pages say so:
 * a page that reads the session must stay plainly dynamic, and would fail as a static one.
 */
export function generateStaticParams() {
  return [];
}

export const revalidate = 300;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Cached for everyone (no session read here); the call to action adapts in the browser. The
  // live modules carry the lists' tags; "ending soon" moves with time, hence the page's revalidate.
  await tagPage(TAGS.members, TAGS.campaigns, TAGS.events, TAGS.projects, TAGS.tasks);
  const [t, format, members, modules] = await Promise.all([getTranslations('home'), getFormatter(), countMembers(), findHomeModules()]);
  const hours = modules.space ? formatOpeningHours(modules.space.openingHours, locale) : null;
  return (
    <ClientMessages scope="public/home">
      {/* The hero and, for a member, their next things floating over its right column (wide screens). */}
      <div className="relative">
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-700 via-brand-600 to-brand-500 text-white">
        <div className="absolute -right-24 -top-24 size-96 rounded-full bg-white/10 blur-2xl" aria-hidden />
        <div className="relative mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <p className="mb-3 inline-flex rounded-full bg-white/15 px-3 py-1 text-sm">{t('eyebrow')}</p>
          <h1 className="max-w-3xl text-4xl font-bold sm:text-5xl">{t('headline')}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{t('lead')}</p>
          <HomeCta join={t('ctaJoin')} signIn={t('ctaSignIn')} dashboard={t('ctaDashboard')} />
          <dl className="mt-12 flex max-w-3xl flex-wrap gap-x-10 gap-y-6">
            <div>
              <dt className="text-sm text-brand-100">{t('statMembers')}</dt>
              <dd className="text-3xl font-bold">{format.number(members)}</dd>
            </div>
            <div>
              <dt className="text-sm text-brand-100">{t('statHours')}</dt>
              <dd className="text-lg font-bold sm:text-xl" data-testid="opening-hours">
                {hours ?? '—'}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-brand-100">{t('statCity')}</dt>
              <dd className="text-3xl font-bold">{t('statCityValue')}</dd>
            </div>
          </dl>
        </div>
      </section>

      {/* A member's own next things, filled in the browser; nothing at all for a visitor. */}
      <MyNextThings />
      </div>
      <LiveModules modules={modules} timeZone={modules.space?.timeZone ?? DEFAULT_TIME_ZONE} />

      <section className="mx-auto max-w-6xl px-4 py-14" aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl font-bold">{t('rolesTitle')}</h2>
        <p className="mt-1 text-slate-600">{t('rolesLead')}</p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {ROLES.map(({ key, Icon }) => (
            <li key={key} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
              <span className="grid size-10 place-items-center rounded-xl bg-brand-50 text-brand-700">
                <Icon className="size-5" aria-hidden />
              </span>
              <h3 className="mt-4 font-semibold">{t(`roles.${key}.title`)}</h3>
              <p className="mt-1 text-sm text-slate-600">{t(`roles.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="border-t border-slate-200 bg-white" aria-labelledby="steps-title">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="steps-title" className="text-2xl font-bold">{t('stepsTitle')}</h2>
          <ol className="mt-8 grid gap-6 md:grid-cols-3">
            {STEPS.map(({ key, Icon }, i) => (
              <li key={key} className="flex gap-4">
                <span className="grid size-10 shrink-0 place-items-center rounded-full bg-accent-500 font-bold text-white">{i + 1}</span>
                <div>
                  <h3 className="flex items-center gap-2 font-semibold">
                    <Icon className="size-4 text-brand-600" aria-hidden />
                    {t(`steps.${key}.title`)}
                  </h3>
                  <p className="mt-1 text-sm text-slate-600">{t(`steps.${key}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </section>
    </ClientMessages>
  );
}
