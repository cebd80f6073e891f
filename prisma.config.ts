import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';
import { EMBEDDED_DATABASE_URL } from './scripts/lib/database-url';

// The CLI falls back to downloading native engines when it cannot read the schema's
// datasource URL, even for `generate`; a default keeps every command on the WebAssembly path.
process.env.DATABASE_URL ??= EMBEDDED_DATABASE_URL;

export default defineConfig({
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  // Discrete fields, not a connection string: the adapter derives its shadow database by
  // overriding `database`, and a connection string would win over that override.
  adapter: async () => {
    const url = new URL(process.env.DATABASE_URL!);
    return new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    });
  },
});
