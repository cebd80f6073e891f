'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonVariants } from '@/components/ui/button-variants';
import { useViewer } from './use-viewer';

// Members only, so out of every visitor's first load; until it arrives, the bell's and the
// avatar's places are held.
const MemberCorner = dynamic(() => import('./member-corner'), {
  ssr: false,
  loading: () => (
    <>
      <span className="block size-9" aria-hidden />
      <span className="block size-9 rounded-full bg-slate-100" aria-hidden />
    </>
  ),
});

/**
 * The header's personal corner, filled in the browser from /api/me. Its box has the same width
 * before and after (sign-in buttons or bell and avatar), so nothing beside it moves.
 */
/** The small buttons' size, narrower than `sm`: composed rather than merged, so no tailwind-merge ships on every page (hence `max-sm:hidden`, which wins over the variant's `inline-flex`). */
const COMPACT = 'h-8 px-2.5 text-sm';

export function HeaderAccount() {
  const viewer = useViewer();
  const tc = useTranslations('common');
  return (
    <div className="flex w-[4.5rem] shrink-0 items-center justify-end gap-1 sm:w-[10.5rem]" data-testid="header-account">
      {viewer === undefined ? null : viewer.user ? (
        <MemberCorner name={viewer.user.name} email={viewer.user.email} unread={viewer.unread} />
      ) : (
        <>
          <Link href="/sign-in" className={`${buttonVariants({ variant: 'ghost', size: null })} ${COMPACT}`}>
            {tc('signIn')}
          </Link>
          <Link href="/sign-up" className={`${buttonVariants({ size: null })} ${COMPACT} max-sm:hidden`}>
            {tc('signUp')}
          </Link>
        </>
      )}
    </div>
  );
}
