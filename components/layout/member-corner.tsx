'use client';

import { useTranslations } from 'next-intl';
import { Avatar } from '@/components/ui/avatar';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { UserMenu } from './user-menu';

/**
 * A signed-in member's corner of the header: the bell and the account menu (a Radix menu). It is
 * code-split (header-account.tsx), so visitors' pages do not carry it.
 */
export default function MemberCorner({ name, email, unread }: { name: string; email: string; unread: number }) {
  const tn = useTranslations('notifications');
  return (
    <>
      <NotificationBell unread={unread} label={tn('bell')} unreadLabel={tn('bellUnread', { n: unread })} />
      <UserMenu name={name} email={email} avatar={<Avatar name={name} />} />
    </>
  );
}
