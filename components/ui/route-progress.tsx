'use client';

import dynamic from 'next/dynamic';

/**
 * The route-change bar, loaded after the page: it shows nothing until a link is clicked, so it
 * need not be in the first load, and rendering it only in the browser keeps `usePathname` out of
 * the cached HTML.
 */
export const RouteProgress = dynamic(() => import('./route-progress-bar'), { ssr: false });
