// Imports one CSV file of customers, invoices, payments or credit notes into a tenant (issue #2).
import type { Db } from '../store/db.js';
import type { TenantRow } from '../store/tenants.js';
import { customersKind } from './import/customers-kind.js';
import { invoicesKind } from './import/invoices-kind.js';
import { settlementsKind } from './import/settlements-kind.js';
import { runImport } from './import/run-import.js';
import type { ImportSummary } from './import/import-types.js';
import { InputError } from './errors.js';

export const IMPORT_KINDS = ['customers', 'invoices', 'payments', 'credit-notes'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export type ImportFileInput = {
  kind: string; file: string; actor: string; update?: boolean | undefined; skipInvalid?: boolean | undefined; rejectsFile?: string | undefined;
};

export async function importFile(db: Db, tenant: TenantRow, input: ImportFileInput): Promise<ImportSummary> {
  const options = {
    tenantId: tenant.id, actor: input.actor, update: input.update ?? false,
    skipInvalid: input.skipInvalid ?? false, file: input.file, rejectsFile: input.rejectsFile,
  };
  switch (input.kind) {
    case 'customers': return runImport(db, customersKind(tenant.base_currency), options);
    case 'invoices': return runImport(db, invoicesKind(), options);
    case 'payments': return runImport(db, settlementsKind('payment'), options);
    case 'credit-notes': return runImport(db, settlementsKind('credit-note'), options);
    default: throw new InputError('kind', `unknown import "${input.kind}": use ${IMPORT_KINDS.join(', ')}`);
  }
}
