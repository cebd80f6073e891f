'use client';

import type { ReactNode } from 'react';
import { clsx } from 'clsx';
import { useViewer } from '@/components/layout/use-viewer';

/** A leaderboard row; the signed-in member's own is marked once /api/me has said who they are. */
export function LeaderRowItem({ userId, children }: { userId: string; children: ReactNode }) {
  const viewer = useViewer();
  const mine = !!viewer?.user && viewer.user.id === userId;
  return (
    <li data-testid="leader-row" aria-current={mine ? 'true' : undefined} className={clsx('flex items-center gap-3 px-4 py-3', mine && 'bg-brand-50')}>
      {children}
    </li>
  );
}
