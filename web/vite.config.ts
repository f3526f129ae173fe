// The web app (issue #7): built into dist/web, which the server serves beside /api. `vite --config web/vite.config.ts`
// serves it for development and forwards /api to a running server on :3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: { outDir: here('../dist/web'), emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
