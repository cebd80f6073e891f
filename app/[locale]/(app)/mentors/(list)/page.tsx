import type { Metadata } from 'next';
import { GraduationCap, Search } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { listMentors } from '@/lib/mentoring/queries';
import { mentorSearchSchema } from '@/lib/mentoring/schemas';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mentoring');
  return { title: t('mentors.title') };
}

export default async function MentorsPage({ params, searchParams }: PageProps<'/[locale]/mentors'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const sp = await searchParams;
  const q = mentorSearchSchema.parse(sp).q ?? '';
  const [t, mentors] = await Promise.all([getTranslations('mentoring'), listMentors({ q })]);
  return (
    <>
      <PageHeader
        title={t('mentors.title')}
        description={t('mentors.description')}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href="/mentoring">{t('page.title')}</Link>
          </Button>
        }
      />
      <form role="search" className="mb-6 flex gap-2">
        <label htmlFor="mentor-q" className="sr-only">
          {t('mentors.search')}
        </label>
        <Input id="mentor-q" name="q" type="search" defaultValue={q} placeholder={t('mentors.searchPlaceholder')} />
        <Button type="submit" variant="secondary">
          <Search className="size-4" aria-hidden /> {t('mentors.search')}
        </Button>
      </form>
      {mentors.length === 0 ? (
        <EmptyState icon={GraduationCap} title={t('mentors.emptyTitle')} description={t('mentors.emptyBody')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {mentors.map((m) => (
            <li key={m.id} className="flex">
              <Link href={`/mentors/${m.id}`} className="flex w-full flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300 hover:shadow-md">
                <h2 className="font-semibold text-slate-900">{m.name}</h2>
                <p className="text-sm text-slate-500">{m.organization || '—'}</p>
                <p className="line-clamp-3 text-sm text-slate-700">{m.mentorProfile?.offer || t('mentors.noOffer')}</p>
                <div className="mt-auto flex flex-wrap gap-1.5">
                  {(m.mentorProfile?.expertise ?? []).slice(0, 4).map((e) => (
                    <Badge key={e} tone="brand">
                      {e}
                    </Badge>
                  ))}
                </div>
                <p className="text-xs text-slate-500">{t('mentors.activeCount', { n: m._count.mentorships })}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
