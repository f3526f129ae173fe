// Serves the real API on an ephemeral port, so tests call it over HTTP as a user would.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApi } from '../../src/api/app.js';
import type { Db } from '../../src/store/db.js';

export async function serveApi(db: Db): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  app.route('/api', createApi({ db }));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => { server.close(() => done()); }) });
    });
  });
}
