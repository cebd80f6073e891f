/** The embedded PostgreSQL used when DATABASE_URL is not set (see scripts/lib/embedded-db.ts). */
export const EMBEDDED_PORT = 54329;
export const EMBEDDED_TEST_PORT = 54339;
export const EMBEDDED_USER = 'zcs';
export const EMBEDDED_PASSWORD = 'zcs-local';
export const EMBEDDED_DATABASE = 'zhongchuang';

export function embeddedUrl(port = EMBEDDED_PORT, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export const EMBEDDED_DATABASE_URL = embeddedUrl();

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
