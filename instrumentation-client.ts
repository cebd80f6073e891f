// Runs in the browser before the app's own modules. The pages' Content-Security-Policy allows no
// eval, and zod probes `new Function('')` the first time it builds an object schema (reported as
// a CSP violation even though zod catches the refusal). Its global configuration is read from
// `globalThis.__zod_globalConfig`, so parsers are told here, before any schema module loads, not
// to compile themselves. lib/validation.ts says the same for the server and for tests.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
