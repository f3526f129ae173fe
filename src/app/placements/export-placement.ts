// The agency's export of a placement: the CSV and the PDF case file, from one read of the account.
import { renderCaseFilePdf } from '../../channels/pdf/case-file-pdf.js';
import type { Db } from '../../store/db.js';
import type { TenantRow } from '../../store/tenants.js';
import { caseFile } from './case-file.js';
import { placementCsv } from './export-csv.js';

export async function exportPlacementCsv(db: Db, tenant: TenantRow, idText: string, asOf: string): Promise<{ csv: string; name: string }> {
  const file = await caseFile(db, tenant, idText, asOf);
  return { csv: placementCsv(file), name: `placement-${file.placement.id}-${file.debtor.customerRef}.csv` };
}

export async function exportCaseFilePdf(db: Db, tenant: TenantRow, idText: string, asOf: string, options: { compress?: boolean } = {}): Promise<{ pdf: Buffer; name: string }> {
  const file = await caseFile(db, tenant, idText, asOf);
  return { pdf: await renderCaseFilePdf(file, options), name: `placement-${file.placement.id}-${file.debtor.customerRef}-case-file.pdf` };
}

/** Both files from one read, for `arrears placement export`. */
export async function exportPlacement(db: Db, tenant: TenantRow, idText: string, asOf: string) {
  const file = await caseFile(db, tenant, idText, asOf);
  const base = `placement-${file.placement.id}-${file.debtor.customerRef}`;
  return { csv: placementCsv(file), csvName: `${base}.csv`, pdf: await renderCaseFilePdf(file), pdfName: `${base}-case-file.pdf`, invoices: file.invoices.length };
}
