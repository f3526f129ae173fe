// The web app (issue #7), built by Vite into dist/web, served beside the API: hashed assets are cached for a year,
// index.html never (so a new build is picked up at once), and any other path that is not a file is a client route
// that gets index.html.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/** dist/web beside the compiled server (dist/serve-web.js), whatever the working directory. */
export function webRoot(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'web');
}

function fileResponse(c: Context, file: string, cache: string): Response {
  const body = fs.readFileSync(file);
  return c.body(new Uint8Array(body), 200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache, ...SECURITY_HEADERS });
}

/** Serves the built web app, or `fallback` for every page when it has not been built. */
export function serveWeb(app: Hono, root: string, fallback: () => string): void {
  const index = path.join(root, 'index.html');
  app.on(['GET', 'HEAD'], '/*', (c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.json({ error: 'not found', reason: `no route ${c.req.method} ${c.req.path}` }, 404);
    if (!fs.existsSync(index)) return c.html(fallback());
    let decoded: string;
    try { decoded = decodeURIComponent(c.req.path); } catch { return c.text('bad request', 400); }
    const wanted = path.normalize(path.join(root, decoded));
    const inside = wanted.startsWith(root + path.sep);
    if (inside && fs.existsSync(wanted) && fs.statSync(wanted).isFile()) {
      const hashed = wanted.startsWith(path.join(root, 'assets') + path.sep);
      return fileResponse(c, wanted, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // A missing asset is a 404, not the app: a stale hashed file name must not load HTML as a script.
    if (/\.[a-z0-9]{1,8}$/i.test(c.req.path)) return c.text('not found', 404);
    return fileResponse(c, index, 'no-cache');
  });
}
