'use client';

import { KeyRound, LayoutDashboard, LogOut, UserRound } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { signOutAction } from '@/lib/users/actions';

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

const itemClass = 'flex w-full cursor-pointer select-none items-center gap-2 rounded-lg px-3 py-2 text-left text-slate-700 outline-none hover:bg-slate-100 focus:bg-slate-100';

/**
 * The account menu, a WAI-ARIA menu button: arrow keys, Home and End move between items, Esc
 * closes and returns focus to the button, a click outside or Tab closes. The header ships on
 * every page, so the menu is written out here rather than taken from a menu library, and the
 * avatar comes already rendered from the server.
 */
export function UserMenu({ name, email, avatar }: { name: string; email: string; avatar: ReactNode }) {
  const t = useTranslations('common');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    itemsOf(menu.current)[0]?.focus();
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onMenuKeyDown(e: KeyboardEvent) {
    const all = itemsOf(menu.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const to = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 } as Record<string, number>)[e.key];
    if (to !== undefined) {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  }

  const link = (href: string, icon: ReactNode, label: string) => (
    <Link href={href} role="menuitem" tabIndex={-1} onClick={() => setOpen(false)} className={itemClass}>
      {icon}
      {label}
    </Link>
  );

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        className="rounded-full"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {avatar}
        <span className="sr-only">{t('accountMenu')}</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('accountMenu')}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-50 mt-1.5 min-w-48 rounded-xl border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          <div className="px-3 py-2 text-xs text-slate-500">
            <span className="block font-medium text-slate-900">{name}</span>
            <span className="block truncate">{email}</span>
          </div>
          <div role="separator" className="my-1 h-px bg-slate-100" />
          {link('/dashboard', <LayoutDashboard className="size-4" aria-hidden />, t('dashboard'))}
          {link('/profile', <UserRound className="size-4" aria-hidden />, t('profile'))}
          {link('/settings/tokens', <KeyRound className="size-4" aria-hidden />, t('apiTokens'))}
          <div role="separator" className="my-1 h-px bg-slate-100" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={itemClass}
            onClick={() => {
              setOpen(false);
              void signOutAction();
            }}
          >
            <LogOut className="size-4" aria-hidden />
            {t('signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
