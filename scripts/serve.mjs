/**
 * The production web server: `next start`, plus the one thing `next start` cannot give the app,
 * the address of the socket a request arrived on (for the per-IP sign-in limit).
 *   node scripts/serve.mjs [-p PORT] [-H HOST]      (npm start runs it; PORT also from the env)
 *
 * Next.js gives route handlers and server actions no socket, and `next start` fills
 * X-Forwarded-For from the socket only when the client sent none (a client-supplied value
 * reaches the app untouched): see lib/auth/client-address.ts. This server hands each request
 * to Next in the same process after writing the socket's address into `x-zcs-peer`,
 * overwriting whatever the client sent under that name, and sets ZCS_PEER_HEADER=1 so the app
 * believes that header only when it runs behind this server.
 */
import { createServer } from 'node:http';
import next from 'next';

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0';

process.env.NODE_ENV = 'production';
process.env.ZCS_PEER_HEADER = '1';

// Next names itself localhost internally (middleware rewrites are resolved against it), as
// `next start` does whatever address it listens on.
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-zcs-peer'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[zcs] listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
