import { ArrowRight, Briefcase, GraduationCap, HandCoins, Hammer, Lightbulb, Rocket, Users } from 'lucide-react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { countMembers } from '@/lib/users/queries';
import { Button } from '@/components/ui/button';

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

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, user, members] = await Promise.all([getTranslations('home'), getFormatter(), getCurrentUser(), countMembers()]);
  return (
    <>
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-700 via-brand-600 to-brand-500 text-white">
        <div className="absolute -right-24 -top-24 size-96 rounded-full bg-white/10 blur-2xl" aria-hidden />
        <div className="relative mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <p className="mb-3 inline-flex rounded-full bg-white/15 px-3 py-1 text-sm">{t('eyebrow')}</p>
          <h1 className="max-w-3xl text-4xl font-bold sm:text-5xl">{t('headline')}</h1>
          <p className="mt-4 max-w-2xl text-lg text-brand-50">{t('lead')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {user ? (
              <Button asChild size="lg" variant="accent">
                <Link href="/dashboard">
                  {t('ctaDashboard')} <ArrowRight className="size-4" aria-hidden />
                </Link>
              </Button>
            ) : (
              <>
                <Button asChild size="lg" variant="accent">
                  <Link href="/sign-up">
                    {t('ctaJoin')} <ArrowRight className="size-4" aria-hidden />
                  </Link>
                </Button>
                <Button asChild size="lg" variant="outline" className="border-white/40 bg-white/10 text-white hover:bg-white/20">
                  <Link href="/sign-in">{t('ctaSignIn')}</Link>
                </Button>
              </>
            )}
          </div>
          <dl className="mt-12 grid max-w-xl grid-cols-3 gap-6">
            <div>
              <dt className="text-sm text-brand-100">{t('statMembers')}</dt>
              <dd className="text-3xl font-bold">{format.number(members)}</dd>
            </div>
            <div>
              <dt className="text-sm text-brand-100">{t('statHours')}</dt>
              <dd className="text-3xl font-bold">7×24</dd>
            </div>
            <div>
              <dt className="text-sm text-brand-100">{t('statCity')}</dt>
              <dd className="text-3xl font-bold">{t('statCityValue')}</dd>
            </div>
          </dl>
        </div>
      </section>

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
    </>
  );
}
