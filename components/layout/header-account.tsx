'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Avatar } from '@/components/ui/avatar';
import { buttonVariants } from '@/components/ui/button-variants';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { AccountMenu } from './account-menu';
import { useViewer } from './use-viewer';

/**
 * The header's personal corner, filled in the browser from /api/me. Its box has the same width
 * before and after (sign-in buttons or bell and avatar), so nothing beside it moves.
 */
/** The small buttons' size, narrower than `sm`: composed rather than merged, so no tailwind-merge ships on every page (hence `max-sm:hidden`, which wins over the variant's `inline-flex`). */
const COMPACT = 'h-8 px-2.5 text-sm';

export function HeaderAccount() {
  const viewer = useViewer();
  const tc = useTranslations('common');
  const tn = useTranslations('notifications');
  return (
    <div className="flex w-[4.5rem] shrink-0 items-center justify-end gap-1 sm:w-[10.5rem]" data-testid="header-account">
      {viewer === undefined ? null : viewer.user ? (
        <>
          <NotificationBell unread={viewer.unread} label={tn('bell')} unreadLabel={tn('bellUnread', { n: viewer.unread })} />
          <AccountMenu name={viewer.user.name} email={viewer.user.email} avatar={<Avatar name={viewer.user.name} />} />
        </>
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
