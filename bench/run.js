#!/usr/bin/env node
// Benchmark entry point: `npm run bench -- <name> [options]`. Prints ONE JSON document on stdout; progress goes to
// stderr. (npm itself prints a "> arrears bench" banner on stdout: use `npm run -s bench -- ...` for pure JSON.)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES = { ledger: () => import('./ledger.js'), dunning: () => import('./dunning.js'), matching: () => import('./matching.js'), worklist: () => import('./worklist.js'), predict: () => import('./predict.js') };

const [name, ...args] = process.argv.slice(2);
if (!name || !(name in BENCHES)) {
  process.stderr.write(`usage: npm run -s bench -- <${Object.keys(BENCHES).join('|')}> [options]\n`);
  process.exit(2);
}
if (!fs.existsSync(fileURLToPath(new URL('../dist/app/import-file.js', import.meta.url)))) {
  process.stderr.write('dist/ is missing: run `npm run build` first (the benchmarks use the compiled modules)\n');
  process.exit(2);
}
try {
  const result = await (await BENCHES[name]()).run(args);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`bench ${name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
