import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/**
 * Under a cached browse list, for a signed-in member: what they may see and a visitor may not
 * (members-only projects and their own team's private ones). Comes through the page's personal
 * island, so the cached HTML never holds it; appended below the list, so nothing above it moves.
 */
export async function MembersOnlySection({ kind, more, children }: { kind: 'projects' | 'campaigns' | 'tasks'; more: string | null; children: ReactNode }) {
  const t = await getTranslations('cachedPages.membersOnly');
  const id = `members-only-${kind}`;
  return (
    <section aria-labelledby={id} className="mt-10" data-testid="members-only">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {t(`${kind}.title`)}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">{t(`${kind}.body`)}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</ul>
      {more && (
        <p className="mt-4 text-sm">
          <Link href={more} className="font-medium text-brand-700 underline">
            {t('more')}
          </Link>
        </p>
      )}
    </section>
  );
}
