// The store both imports start from: schema, one tenant and its customers. It is built once in its own process
// (PGlite's first start runs initdb, whose memory the WebAssembly heap never gives back), then copied, so the
// import and the COPY baseline each open an identical existing store and their peak RSS is the load's own.
import { openPglite } from '../../dist/store/db.js';
import { findTenantBySlug } from '../../dist/store/tenants.js';

export const TENANT = { slug: 'bench', name: 'Bench Trading Ltd', country: 'GB', currency: 'EUR', timezone: 'Europe/London', language: 'en' };

/** Opens an existing store and its bench tenant. */
export async function openStore(dataDir) {
  const handle = await openPglite(dataDir);
  const tenant = await findTenantBySlug(handle.db, TENANT.slug);
  if (!tenant) throw new Error(`no tenant ${TENANT.slug} in ${dataDir}`);
  return { handle, tenant };
}

/** The child's result goes to a file named by the parent, so stdout and stderr stay free for logs. */
export function childArgs() {
  const [dataDir, customersCsv, invoicesCsv, resultFile] = process.argv.slice(2);
  return { dataDir, customersCsv, invoicesCsv, resultFile };
}
