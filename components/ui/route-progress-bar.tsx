'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';

/**
 * A thin bar at the top while a link's page loads. The App Router has no navigation events: a
 * click on a same-site link starts it, the new path ends it (and a safety timer, should the
 * navigation be cancelled or stay on the same path). Loaded after the page (route-progress.tsx).
 */
export default function RouteProgressBar() {
  const pathname = usePathname();
  // The path a navigation started from: the bar shows until the path is another one.
  const [from, setFrom] = useState<string | null>(null);
  const active = from !== null && from === pathname;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const a = (event.target as Element | null)?.closest?.('a');
      if (!a || a.target === '_blank' || a.hasAttribute('download')) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      setFrom(window.location.pathname);
      clearTimeout(timer);
      timer = setTimeout(() => setFrom(null), 10_000);
    }
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);

  return (
    <div aria-hidden className="pointer-events-none fixed inset-x-0 top-0 z-[60] h-0.5 overflow-hidden">
      <div className={active ? 'h-full w-full origin-left animate-[route-progress_8s_ease-out_forwards] bg-brand-500' : 'h-full w-0'} />
    </div>
  );
}
