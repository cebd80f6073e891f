import { withDatabase } from '../../scripts/lib/database-url';

// Each worker process talks to its own clone of the template (see global-setup.ts).
const server = process.env.ZCS_TEST_SERVER_URL;
if (!server) throw new Error('ZCS_TEST_SERVER_URL is not set: run the tests through vitest (global setup).');
process.env.DATABASE_URL = withDatabase(server, `zcs_test_w${process.env.VITEST_POOL_ID ?? '1'}`);
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-00';
