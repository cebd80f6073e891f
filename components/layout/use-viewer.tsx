'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { usePathname } from '@/i18n/navigation';

export type Viewer = { user: { id: string; name: string; email: string }; unread: number; nav: string[] } | { user: null };

const ViewerContext = createContext<Viewer | undefined>(undefined);

/**
 * Who is looking, for the personal parts of a page (the header's account corner, a cached page's
 * islands): one request to /api/me per page, shared by every island. Asked again on every
 * navigation and whenever the server renders the layout again (`stamp`: after an action that
 * refreshes the page, such as signing in, marking notifications read or pledging).
 */
export function ViewerProvider({ stamp, children }: { stamp: number; children: ReactNode }) {
  const path = usePathname();
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store', credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<Viewer>) : ({ user: null } as Viewer)))
      .catch(() => ({ user: null }) as Viewer)
      .then((v) => {
        if (live) setViewer(v);
      });
    return () => {
      live = false;
    };
  }, [path, stamp]);
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The viewer once /api/me has answered; `undefined` until then. */
export function useViewer(): Viewer | undefined {
  return useContext(ViewerContext);
}
