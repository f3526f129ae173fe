// A bank entry as the CLI and the API show it: amounts as decimal strings, the proposal a person decides on.
import { formatAmount } from '../../domain/money.js';
import type { Db } from '../../store/db.js';
import { listBankEntries, type BankEntryRow } from '../../store/bank.js';
import { inTenant } from '../../store/tenant-scope.js';
import type { TenantRow } from '../../store/tenants.js';
import type { ProposalJson } from './proposal-json.js';

export type BankEntryJson = {
  id: string; importId: string; bookingDate: string; valueDate: string | null; direction: string; amount: string; currency: string;
  account: string | null; bankReference: string | null; endToEndId: string | null; structuredReferences: string[]; remittanceText: string;
  payerName: string | null; payerIban: string | null; status: string; confidence: number | null; explanation: string[];
  proposal: ProposalJson | null; customerRef: string | null; paymentId: string | null; decidedBy: string | null;
};

export function bankEntryJson(row: BankEntryRow): BankEntryJson {
  const currency = row.currency.trim();
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) as T : v as T);
  return {
    id: String(row.id), importId: String(row.import_id), bookingDate: row.booking_date, valueDate: row.value_date, direction: row.direction,
    amount: formatAmount(row.amount, currency), currency, account: row.account, bankReference: row.bank_reference, endToEndId: row.end_to_end_id,
    structuredReferences: row.structured_references, remittanceText: row.remittance_text, payerName: row.payer_name, payerIban: row.payer_iban,
    status: row.status, confidence: row.confidence === null ? null : row.confidence / 1000, explanation: parse<string[]>(row.explanation) ?? [],
    proposal: parse<ProposalJson | null>(row.proposal), customerRef: row.customer_ref, paymentId: row.payment_id === null ? null : String(row.payment_id), decidedBy: row.decided_by,
  };
}

export async function bankEntries(
  db: Db, tenant: TenantRow, filter: { status?: string | undefined; importId?: string | undefined; limit: number; offset: number },
): Promise<{ entries: BankEntryJson[]; limit: number; offset: number }> {
  const importId = filter.importId !== undefined && /^\d{1,18}$/.test(filter.importId) ? BigInt(filter.importId) : filter.importId === undefined ? undefined : -1n;
  const rows = await inTenant(db, tenant.id, (tx) => listBankEntries(tx, tenant.id, { status: filter.status, importId, limit: filter.limit, offset: filter.offset }));
  return { entries: rows.map(bankEntryJson), limit: filter.limit, offset: filter.offset };
}
