'use client';

import dynamic from 'next/dynamic';
import { useViewer } from '@/components/layout/use-viewer';

// The box, its date formatting and its icons load for members only: a visitor's home page
// carries none of it.
const MyNextBox = dynamic(() => import('./my-next-box'), { ssr: false });

/** The signed-in member's next things on the cached home page (my-next-box.tsx); nothing for a visitor. */
export function MyNextThings() {
  const viewer = useViewer();
  return viewer?.user ? <MyNextBox /> : null;
}
