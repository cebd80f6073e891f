'use client';

import type { ReactNode } from 'react';
import { useViewer } from '@/components/layout/use-viewer';

/** On a cached member page: the member's own note that others see their name only, for them alone. */
export function SelfHiddenBadge({ memberId, children }: { memberId: string; children: ReactNode }) {
  const viewer = useViewer();
  return viewer?.user?.id === memberId ? <>{children}</> : null;
}
