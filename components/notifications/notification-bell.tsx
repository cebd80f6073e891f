import { Bell } from 'lucide-react';
import { Link } from '@/i18n/navigation';

/** The header bell: a link to the notification centre with the unread count. */
export function NotificationBell({ unread, label, unreadLabel }: { unread: number; label: string; unreadLabel: string }) {
  return (
    <Link
      href="/notifications"
      className="relative grid size-9 place-items-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      aria-label={unread > 0 ? `${label}: ${unreadLabel}` : label}
      data-testid="notification-bell"
    >
      <Bell className="size-5" aria-hidden />
      {unread > 0 && (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] leading-5 font-semibold text-white"
          data-testid="notification-count"
          aria-hidden
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
