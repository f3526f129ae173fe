// Child process: builds the prepared store (initdb, migrations, tenant, customers via the real import).
// node setup-child.js DATA_DIR CUSTOMERS_CSV - RESULT_FILE
import fs from 'node:fs';
import { openPglite } from '../../dist/store/db.js';
import { migrate } from '../../dist/store/migrate.js';
import { createTenant } from '../../dist/app/create-tenant.js';
import { importFile } from '../../dist/app/import-file.js';
import { TENANT, childArgs } from './setup.js';
import { timed } from '../lib/util.js';

const { dataDir, customersCsv, resultFile } = childArgs();
const init = await timed(async () => { const handle = await openPglite(dataDir); await migrate(handle); return handle; });
const handle = init.value;
const tenant = await createTenant(handle.db, TENANT);
const customers = await timed(() => importFile(handle.db, tenant, { kind: 'customers', file: customersCsv, actor: 'bench' }));
await handle.close();
fs.writeFileSync(resultFile, JSON.stringify({
  tenantId: tenant.id, initMs: init.ms, customers: customers.value.imported, customersMs: customers.ms, maxRssKiB: process.resourceUsage().maxRSS,
}));
