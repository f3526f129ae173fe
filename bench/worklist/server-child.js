// Child process: the real API (dist/) on the prepared store, on an ephemeral port; prints "listening <port>" on
// stdout and serves until SIGTERM. PGlite runs in this one process, single-threaded, as `arrears serve` does.
// node server-child.js DATA_DIR
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApi } from '../../dist/api/app.js';
import { openPglite } from '../../dist/store/db.js';

const handle = await openPglite(process.argv[2]);
const app = new Hono();
app.route('/api', createApi({ db: handle.db }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`listening ${info.port}\n`));
process.once('SIGTERM', () => {
  server.close();
  void handle.close().then(() => process.exit(0));
});
