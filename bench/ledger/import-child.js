// Child process: the real invoice import use case into the prepared store (run under /usr/bin/time for peak RSS).
// With BENCH_BREAKDOWN=1 the import runs on a Kysely over the same PGlite with a log hook (the only difference)
// that sums the time of each SQL statement, so the rest of the import time is JavaScript (CSV, validation).
import fs from 'node:fs';
import { Kysely, PGliteDialect } from 'kysely';
import { importFile } from '../../dist/app/import-file.js';
import { childArgs, openStore } from './setup.js';
import { log, round, timed } from '../lib/util.js';

const { dataDir, invoicesCsv, resultFile } = childArgs();
const { handle, tenant } = await openStore(dataDir);
const statements = new Map();
const db = process.env.BENCH_BREAKDOWN !== '1' ? handle.db : new Kysely({ dialect: new PGliteDialect({ pglite: handle.pglite }), log: (e) => {
  const key = e.query.sql.replace(/\s+/g, ' ').trim().slice(0, 48);
  const s = statements.get(key) ?? { count: 0, ms: 0 };
  s.count += 1;
  s.ms += e.queryDurationMillis;
  statements.set(key, s);
} });
const rssBeforeMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
log(`import: store open (RSS ${rssBeforeMiB} MiB); importing invoices with importFile()`);
const cpuBefore = process.cpuUsage();
const run = await timed(() => importFile(db, tenant, { kind: 'invoices', file: invoicesCsv, actor: 'bench' }));
const cpu = process.cpuUsage(cpuBefore);
const closed = await timed(() => handle.close());
fs.writeFileSync(resultFile, JSON.stringify({
  tenantId: tenant.id, ms: run.ms, closeMs: closed.ms, imported: run.value.imported, rejected: run.value.rejected,
  cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssBeforeMiB, maxRssKiB: process.resourceUsage().maxRSS,
  ...(statements.size ? { sqlStatements: [...statements].sort((a, b) => b[1].ms - a[1].ms).map(([sql, s]) => ({ sql, count: s.count, ms: round(s.ms) })) } : {}),
}));
