// The demo tenant loaded on first start (issue #2), imported through the same CSV path a user takes, so the demo
// also proves the importer.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dateInZone } from '../domain/dates.js';
import { generateDemoData } from '../demo/generate.js';
import { toCsv } from '../formats/csv/write-csv.js';
import type { Db } from '../store/db.js';
import { insertContacts } from '../store/contacts.js';
import { inTenant } from '../store/tenant-scope.js';
import { analyzeTables } from '../store/maintenance.js';
import { createTenant } from './create-tenant.js';
import { createApiKey } from './api-keys.js';
import { importFile } from './import-file.js';
import { createUser } from './users/manage-users.js';

export const DEMO_USER_EMAIL = 'demo@arrears.example';

export type DemoSummary = { slug: string; apiKey: string; user: { email: string; password: string }; customers: number; invoices: number; payments: number; creditNotes: number };

export async function seedDemo(db: Db, asOf?: string): Promise<DemoSummary> {
  const data = generateDemoData(asOf ?? dateInZone(new Date(), 'Europe/Oslo'));
  const t = data.tenant;
  // The standard example IBAN for Norway; letters need payment instructions.
  const tenant = await createTenant(db, { slug: t.slug, name: t.name, country: t.country, currency: t.currency, timezone: t.timezone, language: t.language, email: t.email, phone: t.phone, address: t.address, bankAccount: 'NO93 8601 1117 947' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-demo-'));
  try {
    const files: [string, Record<string, string>[]][] = [['customers', data.customers], ['invoices', data.invoices], ['payments', data.payments], ['credit-notes', data.creditNotes]];
    for (const [kind, rows] of files) {
      const file = path.join(dir, `${kind}.csv`);
      fs.writeFileSync(file, toCsv(Object.keys(rows[0] ?? {}), rows));
      await importFile(db, tenant, { kind, file, actor: 'system:demo' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await inTenant(db, tenant.id, (tx) => insertContacts(tx, tenant.id, data.contacts));
  await analyzeTables(db, ['contacts']);
  const apiKey = await createApiKey(db, tenant, 'demo');
  // Issue #7: someone to sign in to the web app as; the password is random, shown once and saved by the server.
  const user = { email: DEMO_USER_EMAIL, password: randomBytes(12).toString('base64url') };
  await createUser(db, { email: user.email, name: 'Demo Collector', password: user.password, tenant, role: 'admin' });
  return { slug: tenant.slug, apiKey, user, customers: data.customers.length, invoices: data.invoices.length, payments: data.payments.length, creditNotes: data.creditNotes.length };
}
