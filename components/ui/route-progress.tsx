'use client';

import dynamic from 'next/dynamic';

/**
 * The route-change bar (route-progress-bar.tsx), loaded after the page: it shows nothing until a
 * link is clicked, so it need not be in the first load.
 */
export const RouteProgress = dynamic(() => import('./route-progress-bar'), { ssr: false });
