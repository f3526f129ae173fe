// Small CSV fixtures written to a temporary folder, and a tenant to import them into.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../src/store/db.js';
import { createTenant } from '../../src/app/create-tenant.js';
import type { TenantRow } from '../../src/store/tenants.js';
import { importFile } from '../../src/app/import-file.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'arrears-test-'));
}

export function writeCsv(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export async function makeTenant(db: Db, slug = 'acme', currency = 'NOK'): Promise<TenantRow> {
  return createTenant(db, { slug, name: `${slug} AS`, country: 'NO', currency, timezone: 'Europe/Oslo', language: 'nb', bankAccount: 'NO93 8601 1117 947', phone: '+47 22 00 00 00', email: 'reskontro@example.no', address: 'Storgata 1, 0155 Oslo' });
}

export async function importLines(db: Db, tenant: TenantRow, kind: string, lines: string[], options: { update?: boolean; skipInvalid?: boolean; rejectsFile?: string } = {}) {
  const dir = tempDir();
  const file = writeCsv(dir, `${kind}.csv`, lines);
  return importFile(db, tenant, { kind, file, actor: 'test', ...options });
}

export const CUSTOMERS = [
  'customer_ref,name,country,language,currency,email,phone,credit_limit,payment_terms_days',
  'C001,Fjord Fisk AS,NO,nb,NOK,ap@fjordfisk.no,+47 22 33 44 55,50000.00,30',
  'C002,"Svea Trä AB, Filial",SE,sv,NOK,,,,14',
  'C003,Laguna Trading Inc,PH,fil,NOK,,,,',
];

export const INVOICES = [
  'invoice_number,customer_ref,issue_date,due_date,currency,amount,description,po_number',
  'INV-1,C001,2026-01-01,2026-01-31,NOK,1000.00,Salmon,PO-1',
  'INV-2,C001,2026-02-01,2026-03-03,NOK,2500.50,,',
  'INV-3,C002,2026-03-01,2026-03-15,NOK,400.00,,',
  'INV-4,C003,2026-06-01,2026-07-01,NOK,99.99,,',
];
