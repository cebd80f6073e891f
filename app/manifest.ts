import type { MetadataRoute } from 'next';

// Static: the installable-app description, prerendered at build time (/manifest.webmanifest).
export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: '众创空间 Zhongchuang Space',
    short_name: '众创空间',
    description: '学生与青年创业者从 0 到 1 的创新创业社区 · Where students and young founders go from 0 to 1.',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2446d8',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
