/**
 * Whether `npm start` may load the demo data (accounts whose password is published in the
 * README) into an empty database: always into the embedded one, into an external DATABASE_URL
 * (a real install) only when asked with `--demo` or ZCS_DEMO=1.
 */
export function demoDataWanted(opts: { external: boolean; argv: readonly string[]; env: Record<string, string | undefined> }): boolean {
  return !opts.external || opts.argv.includes('--demo') || opts.env.ZCS_DEMO === '1';
}
