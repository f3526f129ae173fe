#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (run by `prepare` on `npm ci`).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
