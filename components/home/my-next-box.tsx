'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { Bell, CalendarCheck, CalendarDays, ChevronRight, ClipboardList, GraduationCap } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useViewer } from '@/components/layout/use-viewer';
import { formatDay, formatRange } from '@/lib/format';

type When = { startsAt: string; endsAt: string; timeZone: string };
type Next = {
  booking: ({ id: string; resource: string; pending: boolean } & When) | null;
  session: ({ id: string; withName: string; project: string } & When) | null;
  event: ({ id: string; title: string } & When) | null;
  tasks: { count: number; items: { id: string; title: string; deadline: string }[] };
  unread: number;
};

/**
 * The signed-in member's own next things on the cached home page: next booking, mentoring
 * session and event, open tasks and unread notifications, each one click from its page. A
 * visitor gets nothing (not even an empty box: the page stays as it was rendered). For a member
 * the box takes its full size at once and the tiles fill in place, so loading moves nothing.
 * Loaded for members only (my-next-things.tsx).
 */
export default function MyNextBox() {
  const viewer = useViewer();
  const t = useTranslations('homeNext');
  const locale = useLocale();
  const userId = viewer?.user?.id ?? null;
  const [next, setNext] = useState<Next | null>(null);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    fetch('/api/me/next', { cache: 'no-store', credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<{ next: Next | null }>) : { next: null }))
      .catch(() => ({ next: null }))
      .then((body) => {
        if (live) setNext(body.next);
      });
    return () => {
      live = false;
    };
  }, [userId, viewer]);
  if (!userId) return null;

  const range = (w: When) => formatRange(new Date(w.startsAt), new Date(w.endsAt), locale, w.timeZone);
  const tiles: { key: string; icon: ReactNode; title: string; body: ReactNode; href: string; action: string }[] = next
    ? [
        next.booking
          ? { key: 'booking', icon: <CalendarCheck />, title: t('booking'), body: <>{next.booking.resource}{next.booking.pending ? ` · ${t('pending')}` : ''}<br />{range(next.booking)}</>, href: '/bookings/mine', action: t('openBookings') }
          : { key: 'booking', icon: <CalendarCheck />, title: t('booking'), body: t('noBooking'), href: '/bookings', action: t('bookSomething') },
        next.session
          ? { key: 'session', icon: <GraduationCap />, title: t('session'), body: <>{t('sessionWith', { name: next.session.withName })}<br />{range(next.session)}</>, href: `/mentoring/sessions/${next.session.id}`, action: t('openSession') }
          : { key: 'session', icon: <GraduationCap />, title: t('session'), body: t('noSession'), href: '/mentoring', action: t('findMentor') },
        next.event
          ? { key: 'event', icon: <CalendarDays />, title: t('event'), body: <>{next.event.title}<br />{range(next.event)}</>, href: `/events/${next.event.id}`, action: t('openEvent') }
          : { key: 'event', icon: <CalendarDays />, title: t('event'), body: t('noEvent'), href: '/events', action: t('browseEvents') },
        next.tasks.count > 0
          ? {
              key: 'tasks',
              icon: <ClipboardList />,
              title: t('tasks'),
              body: <>{t('openTasks', { n: next.tasks.count })}<br />{t('taskDue', { title: next.tasks.items[0].title, when: formatDay(new Date(next.tasks.items[0].deadline), locale) })}</>,
              href: next.tasks.count === 1 ? `/tasks/${next.tasks.items[0].id}` : '/tasks/mine',
              action: next.tasks.count === 1 ? t('openTask') : t('myTasks'),
            }
          : { key: 'tasks', icon: <ClipboardList />, title: t('tasks'), body: t('noTasks'), href: '/tasks', action: t('findTask') },
        { key: 'unread', icon: <Bell />, title: t('notifications'), body: next.unread > 0 ? t('unread', { n: next.unread }) : t('allRead'), href: '/notifications', action: t('openNotifications') },
      ]
    : [];

  // On wide screens the box floats in the hero's empty right column, out of the flow, so its
  // arrival moves nothing; narrower, it follows the hero (mostly below a phone's first screen).
  return (
    <section className="xl:pointer-events-none xl:absolute xl:inset-x-0 xl:top-0" aria-labelledby="my-next-title" data-testid="my-next">
      <div className="mx-auto max-w-6xl px-4 pt-6 xl:flex xl:justify-end xl:pt-24">
        <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm xl:pointer-events-auto xl:w-80 xl:shadow-lg">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <h2 id="my-next-title" className="text-base font-bold text-slate-900">
              {t('title', { name: viewer?.user?.name ?? '' })}
            </h2>
            <Link href="/dashboard" className="text-sm text-brand-700 underline">
              {t('dashboard')}
            </Link>
          </div>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-5 xl:grid-cols-1" aria-busy={next ? undefined : true}>
            {next
              ? tiles.map((tile) => (
                  <li key={tile.key} data-testid={`my-next-${tile.key}`} className="min-w-0">
                    <Link href={tile.href} className="group flex h-full min-h-16 items-start gap-3 rounded-xl border border-slate-200 px-3 py-2 hover:border-brand-300 hover:bg-brand-50">
                      <span className="mt-0.5 grid size-7 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-700 [&>svg]:size-4" aria-hidden>
                        {tile.icon}
                      </span>
                      <span className="min-w-0 flex-1">
                        {/* Five tiles side by side leave little room: the link goes under the title when it must. */}
                        <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                          <span className="text-xs font-medium text-slate-500">{tile.title}</span>
                          <span className="inline-flex items-center text-xs font-medium text-brand-700 group-hover:underline">
                            {tile.action} <ChevronRight className="size-3" aria-hidden />
                          </span>
                        </span>
                        <span className="mt-0.5 line-clamp-2 block break-words text-sm text-slate-900">{tile.body}</span>
                      </span>
                    </Link>
                  </li>
                ))
              : Array.from({ length: 5 }, (_, i) => <li key={i} className="min-h-16 animate-pulse rounded-xl border border-slate-100 bg-slate-50" aria-hidden />)}
          </ul>
        </div>
      </div>
    </section>
  );
}
