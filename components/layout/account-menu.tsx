'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';

// The account menu is code-split: its menu library loads only for signed-in members, so
// visitors' pages do not carry it.
const UserMenu = dynamic(() => import('./user-menu').then((m) => m.UserMenu), {
  loading: () => <span className="block size-9 rounded-full bg-slate-100" aria-hidden />,
});

export function AccountMenu(props: { name: string; email: string; avatar: ReactNode }) {
  return <UserMenu {...props} />;
}
