'use client';

import { useEffect } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';
import { useViewer } from './use-viewer';

/**
 * On the cached public 404 of a campaign, project or task page: a signed-in member may be allowed to
 * see it (their draft, a members-only project), so they go on to its signed-in page, which
 * checks and answers 404 itself when not. The cached page never holds anything of it.
 */
const SIGNED_IN_PAGE: [RegExp, (id: string) => string][] = [
  [/^\/campaigns\/([^/]+)$/, (id) => `/campaigns/${id}/manage`],
  [/^\/projects\/([^/]+)$/, (id) => `/projects/${id}/view`],
  [/^\/tasks\/([^/]+)$/, (id) => `/tasks/${id}/view`],
];

export function PrivatePageRedirect() {
  const viewer = useViewer();
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (!viewer?.user) return;
    for (const [pattern, to] of SIGNED_IN_PAGE) {
      const m = pattern.exec(pathname);
      if (m && !['new', 'mine', 'operations'].includes(m[1])) return router.replace(to(m[1]));
    }
  }, [viewer, pathname, router]);
  return null;
}
