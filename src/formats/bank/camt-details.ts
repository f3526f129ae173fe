// What one camt transaction detail (TxDtls) says about the payment: references, parties and remittance
// information. Element names per ISO 20022 camt.053/054/052 .001.02–.001.13 (TxDtls is the same block in all three).
import { accountId, partyName, transactionCode } from './camt-fields.js';
import type { XNode } from './camt-xml.js';
import { squash, undefinedIfBlank } from './text.js';

export interface DetailInfo {
  endToEndId?: string;
  bankReference?: string;
  structuredReferences: string[];
  documentNumbers: string[];
  texts: string[];
  additionalInfo: string[];
  payerName?: string;
  payerIban?: string;
  payeeName?: string;
  payeeIban?: string;
  ultimateDebtorName?: string;
  returned: boolean;
  bankTransactionCode?: string;
}

/** "NOTPROVIDED" is the EPC rulebook's placeholder for a missing end-to-end id, not a reference. */
export function realReference(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' || /^(NOTPROVIDED|NONREF)$/i.test(trimmed) ? undefined : trimmed;
}

export function readDetail(tx: XNode): DetailInfo {
  const parties = tx.child('RltdPties');
  const debtor = accountId(parties?.child('DbtrAcct'));
  const creditor = accountId(parties?.child('CdtrAcct'));
  const remittance = tx.children('RmtInf');
  const structured = remittance.flatMap((r) => r.children('Strd'));
  return {
    endToEndId: realReference(tx.textAt('Refs', 'EndToEndId')),
    bankReference: tx.textAt('Refs', 'AcctSvcrRef'),
    structuredReferences: unique(structured.flatMap((s) => s.children('CdtrRefInf').map((c) => c.textAt('Ref')))),
    documentNumbers: unique(structured.flatMap((s) => s.children('RfrdDocInf').map((d) => d.textAt('Nb')))),
    texts: [
      ...remittance.flatMap((r) => r.children('Ustrd').map((u) => u.text())),
      ...structured.flatMap((s) => s.children('AddtlRmtInf').map((a) => a.text())),
    ].map(squash).filter(isRemittanceText),
    additionalInfo: tx.children('AddtlTxInf').map((a) => squash(a.text())).filter((t) => t !== ''),
    payerName: undefinedIfBlank(partyName(parties?.child('Dbtr'))),
    payerIban: debtor.iban,
    payeeName: undefinedIfBlank(partyName(parties?.child('Cdtr'))),
    payeeIban: creditor.iban,
    ultimateDebtorName: undefinedIfBlank(partyName(parties?.child('UltmtDbtr'))),
    // A return (RtrInf) undoes an earlier payment just as a reversal does: neither is a customer paying.
    returned: tx.child('RtrInf') !== undefined,
    bankTransactionCode: transactionCode(tx.child('BkTxCd')),
  };
}

/**
 * Details of a batch merged into one, for a batch whose details do not carry their own amounts. A party is kept
 * only when every detail names the same one: a lump sum from several payers has no single payer.
 */
export function mergeDetails(details: DetailInfo[]): DetailInfo {
  const common = (key: 'endToEndId' | 'payerName' | 'payerIban' | 'payeeName' | 'payeeIban' | 'ultimateDebtorName' | 'bankTransactionCode') => {
    const values = new Set(details.map((d) => d[key]));
    return values.size === 1 ? [...values][0] : undefined;
  };
  return {
    endToEndId: common('endToEndId'),
    bankReference: undefined,
    structuredReferences: unique(details.flatMap((d) => d.structuredReferences)),
    documentNumbers: unique(details.flatMap((d) => d.documentNumbers)),
    texts: details.flatMap((d) => d.texts),
    additionalInfo: details.flatMap((d) => d.additionalInfo),
    payerName: common('payerName'),
    payerIban: common('payerIban'),
    payeeName: common('payeeName'),
    payeeIban: common('payeeIban'),
    ultimateDebtorName: common('ultimateDebtorName'),
    returned: details.some((d) => d.returned),
    bankTransactionCode: common('bankTransactionCode'),
  };
}

/**
 * Drops placeholders that are not the payer's words: "NOTPROVIDED" (EPC rulebook) and PostFinance's processing
 * flags "?REJECT?0" / "?ERROR?000" in AddtlRmtInf (PostFinance camt.054 implementation guide, ESR/QR crediting).
 */
function isRemittanceText(text: string): boolean {
  return text !== '' && !/^NOTPROVIDED$/i.test(text) && !/^\?[A-Z]+\?\w*$/.test(text);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}
