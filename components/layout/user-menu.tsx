'use client';

import { KeyRound, LayoutDashboard, LogOut, UserRound } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { signOutAction } from '@/lib/users/actions';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';

/** The signed-in member's account menu (Radix menu: keyboard, focus and dismissal handled). */
export function UserMenu({ name, email, avatar }: { name: string; email: string; avatar: ReactNode }) {
  const t = useTranslations('common');
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="rounded-full">
        {avatar}
        <span className="sr-only">{t('accountMenu')}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="block font-medium text-slate-900">{name}</span>
          <span className="block truncate">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/dashboard"><LayoutDashboard className="size-4" aria-hidden />{t('dashboard')}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/profile"><UserRound className="size-4" aria-hidden />{t('profile')}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/settings/tokens"><KeyRound className="size-4" aria-hidden />{t('apiTokens')}</Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutAction()}>
          <LogOut className="size-4" aria-hidden />
          {t('signOut')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
