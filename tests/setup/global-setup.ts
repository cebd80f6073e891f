import { cloneDatabase, prepareTemplate, startTestServer, WORKER_DBS } from './test-database';

/**
 * Once per `vitest run`: a migrated template database, cloned into one database per worker.
 * scripts/test.ts passes ZCS_TEMPLATE_READY when it already prepared the template.
 */
export default async function setup() {
  const server = await startTestServer();
  if (!process.env.ZCS_TEMPLATE_READY) await prepareTemplate(server.url);
  for (let i = 1; i <= WORKER_DBS; i++) await cloneDatabase(server.url, `zcs_test_w${i}`);
  process.env.ZCS_TEST_SERVER_URL = server.url;
  return async () => {
    await server.stop();
  };
}
