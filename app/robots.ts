import type { MetadataRoute } from 'next';

// Static: prerendered at build time (also the benchmark's floor, a response with no work).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/dashboard', '/operate', '/admin', '/settings', '/bookings', '/en/dashboard', '/en/operate', '/en/admin', '/en/settings', '/en/bookings'] }],
  };
}
