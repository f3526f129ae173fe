// Child process: the real invoice import use case into the prepared store (run under /usr/bin/time for peak RSS).
import fs from 'node:fs';
import { importFile } from '../../dist/app/import-file.js';
import { childArgs, openStore } from './setup.js';
import { log, timed } from '../lib/util.js';

const { dataDir, invoicesCsv, resultFile } = childArgs();
const { handle, tenant } = await openStore(dataDir);
const rssBeforeMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
log(`import: store open (RSS ${rssBeforeMiB} MiB); importing invoices with importFile()`);
const cpuBefore = process.cpuUsage();
const run = await timed(() => importFile(handle.db, tenant, { kind: 'invoices', file: invoicesCsv, actor: 'bench' }));
const cpu = process.cpuUsage(cpuBefore);
const closed = await timed(() => handle.close());
fs.writeFileSync(resultFile, JSON.stringify({
  tenantId: tenant.id, ms: run.ms, closeMs: closed.ms, imported: run.value.imported, rejected: run.value.rejected,
  cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssBeforeMiB, maxRssKiB: process.resourceUsage().maxRSS,
}));
