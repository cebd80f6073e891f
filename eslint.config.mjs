import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layering of the code (README, "Map of the code"), enforced: who may import the database,
 * a domain's writes (service.ts) and its reads (queries.ts). Each block below replaces the rule
 * for the files it matches, so the later, narrower blocks win.
 */
const DB = { group: ['@/lib/db', '**/lib/db'], allowTypeImports: true, message: 'Only queries.ts and service.ts (and seeds, scripts, tests) touch the database.' };
const SERVICE = { group: ['@/lib/*/service', '@/lib/**/service', '@/lib/**/*-service', './service', '../service', './*-service'], allowTypeImports: true, message: 'Pages and components call actions or queries, never a service: writes go through an action (route handlers in app/api may call services).' };
const QUERIES = { group: ['@/lib/*/queries', '@/lib/**/queries', '@/lib/**/*-queries'], allowTypeImports: true, message: 'Components get their data as props from a page; they never query.' };

const restrict = (...patterns) => ['error', { patterns }];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': restrict(DB),
    },
  },
  { files: ['app/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(DB, SERVICE) } },
  { files: ['app/api/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(DB) } },
  { files: ['components/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(DB, SERVICE, QUERIES) } },
  {
    // Who touches the database: the database's own module and the transaction helper, a
    // domain's reads (`queries.ts`) and writes (`service.ts`), and, where one concept of a domain
    // deserves its own file, `<concept>-queries.ts` / `<concept>-service.ts` beside them (the
    // settlement worker, the outbox drain, the account flows, the waitlist). Nothing else.
    files: ['lib/db.ts', 'lib/transaction.ts', 'lib/**/queries.ts', 'lib/**/*-queries.ts', 'lib/**/service.ts', 'lib/**/*-service.ts', 'prisma/**', 'scripts/**', 'tests/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
];

export default config;
