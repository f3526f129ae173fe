// `npm run test:browser`: the web app in Debian's chromium (playwright-core) against the real server and database.
// Kept apart from `npm test`, which neither builds nor needs a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    maxWorkers: 1,
    pool: 'forks',
  },
});
