'use client';

import dynamic from 'next/dynamic';

// Every page mounts the toaster, but no toast can appear before the page is interactive, so
// sonner loads right after hydration instead of in every page's first load.
const Sonner = dynamic(() => import('sonner').then((m) => m.Toaster), { ssr: false });

export function Toaster() {
  return <Sonner position="top-center" richColors closeButton />;
}
