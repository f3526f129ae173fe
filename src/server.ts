// `arrears serve` / `npm start`: the API and the web app on one port, on the configured database. On the
// embedded engine the server holds the data folder's lock; on first start with no tenant it loads the demo.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApi } from './api/app.js';
import { dataDirFromEnv, openStore } from './store/open-store.js';
import { countTenants } from './store/tenants.js';
import { seedDemo } from './app/seed-demo.js';
import { landingPage } from './api/landing-page.js';
import { serveWeb, webRoot } from './serve-web.js';
import { startScheduler } from './jobs/scheduler.js';
import { deliveryConfigFromEnv } from './app/outbox/send-outbox.js';

export async function startServer(options: { port: number }): Promise<void> {
  const store = await openStore('serve');
  if ((await countTenants(store.db)) === 0) {
    process.stdout.write('Empty database: loading the demo tenant (a few seconds)...\n');
    const demo = await seedDemo(store.db);
    if (store.dataDir) fs.writeFileSync(path.join(store.dataDir, 'demo-api-key.txt'), `${demo.apiKey}\n`, { mode: 0o600 });
    process.stdout.write(`Demo tenant "${demo.slug}": ${demo.customers} customers, ${demo.invoices} invoices, ${demo.payments} payments, ${demo.creditNotes} credit notes.\n`);
    process.stdout.write(`Demo API key (also in ${store.dataDir ? path.join(store.dataDir, 'demo-api-key.txt') : 'the output above'}):\n  ${demo.apiKey}\n`);
    if (store.dataDir) fs.writeFileSync(path.join(store.dataDir, 'demo-password.txt'), `${demo.user.password}\n`, { mode: 0o600 });
    process.stdout.write(`Web app sign-in: ${demo.user.email} / ${demo.user.password}${store.dataDir ? ` (also in ${path.join(store.dataDir, 'demo-password.txt')})` : ''}\n`);
  }
  // Issue #4: on a single machine the daily dunning job runs inside the server (ARREARS_SCHEDULER=off leaves it out).
  const scheduler = process.env.ARREARS_SCHEDULER === 'off' ? undefined : await startScheduler(store, { delivery: deliveryConfigFromEnv(store.dataDir ?? dataDirFromEnv()) }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const app = new Hono();
  app.route('/api', createApi({ db: store.db }));
  serveWeb(app, webRoot(), landingPage);
  const server = serve({ fetch: app.fetch, port: options.port }, (info) => {
    const url = `http://localhost:${info.port}`;
    store.lock?.update(url);
    process.stdout.write(`Arrears is listening on ${url}  (web app: ${url}/, API: ${url}/api, OpenAPI: ${url}/api/openapi.json)\n`);
    process.stdout.write(`Try: curl -H "Authorization: Bearer $(cat ${store.dataDir ? path.join(store.dataDir, 'demo-api-key.txt') : 'KEY'})" "${url}/api/aging?asOf=$(date +%F)"\n`);
  });
  const stop = () => {
    server.close();
    void (scheduler?.stop() ?? Promise.resolve())
      .catch((error: unknown) => process.stderr.write(`scheduler: ${error instanceof Error ? error.message : String(error)}\n`))
      .then(() => store.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
