'use client';

import dynamic from 'next/dynamic';

// Every page mounts the toaster, but no toast can appear before the page is interactive, so
// sonner loads right after hydration instead of in every page's first load.
const Sonner = dynamic(() => import('sonner').then((m) => m.Toaster), { ssr: false });

export function Toaster() {
  // Bottom centre: a toast never covers the header's navigation or the sign-in link.
  return <Sonner position="bottom-center" richColors closeButton offset={16} mobileOffset={16} />;
}
