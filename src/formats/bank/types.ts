// The common shape every bank-file reader produces (issue #5: camt.052/053/054, MT940/942, BAI2, mapped CSV), so
// cash application matches one kind of entry whatever the bank sent.
import type { BusinessDate } from '../../domain/dates.js';

export type BankFormat = 'camt.052' | 'camt.053' | 'camt.054' | 'mt940' | 'mt942' | 'bai2' | 'csv';

export type Direction = 'credit' | 'debit';

/** The account a statement reports on, as the bank names it. */
export interface BankAccountRef {
  iban?: string;
  /** A domestic account number when there is no IBAN (BAI2, German BLZ/Konto, Dutch pre-SEPA numbers). */
  number?: string;
  currency?: string;
}

/** Where an entry came from: a line (text formats) or an XML element path (camt). */
export interface BankSource {
  line?: number;
  element?: string;
}

export interface BankEntry {
  direction: Direction;
  /** Always ≥ 0, in minor units of `currency` (its ISO 4217 exponent); the sign is `direction`. */
  amount: bigint;
  currency: string;
  bookingDate: BusinessDate;
  valueDate?: BusinessDate;
  /** The bank's own reference for the booking: camt AcctSvcrRef, MT940 `//` reference, BAI2 bank reference. */
  bankReference?: string;
  /** The account owner's reference: MT940 :61: subfield 7 / German KREF+, BAI2 customer reference. */
  customerReference?: string;
  endToEndId?: string;
  /** Creditor references the payer gave in structured form: RF (ISO 11649), Swiss QR/ESR, Dutch betalingskenmerk. */
  structuredReferences: string[];
  /** Invoice and credit-note numbers the payer listed in structured form (camt Strd/RfrdDocInf/Nb). */
  documentNumbers: string[];
  /** The payer's unstructured remittance information, lines joined with single spaces. */
  remittanceText: string;
  /** The bank's description of the booking (camt AddtlNtryInf, German ?00 Buchungstext, Dutch /TRTP/). */
  additionalInfo?: string;
  /** The debtor of the underlying payment: who paid on a credit, the original payer on a returned credit. */
  payerName?: string;
  payerIban?: string;
  /** The creditor of the underlying payment: who was paid on a debit. */
  payeeName?: string;
  payeeIban?: string;
  /** On whose behalf the payer paid (camt UltmtDbtr, Dutch /ULTD/, German ABWA+): often the real customer. */
  ultimateDebtorName?: string;
  /** The booking undoes an earlier one (camt RvslInd or RtrInf, MT940 RC/RD, NRTI, Dutch /RTRN/). */
  reversal?: boolean;
  /** Reported but not (yet) booked: camt Sts PDNG/INFO/FUTR. Not cash yet. */
  pending?: boolean;
  /** camt Domn/Fmly/SubFmly (or proprietary code), MT940 transaction type or German GVC, BAI2 type code. */
  bankTransactionCode?: string;
  /** Position in a camt batch booking (Ntry with several TxDtls) split into one entry per detail. */
  batch?: { index: number; count: number };
  source: BankSource;
}

export interface BankBalance {
  /** Signed minor units: credit balances positive, debit balances negative. */
  amount: bigint;
  currency: string;
  date: BusinessDate;
}

export interface BankStatement {
  format: BankFormat;
  account: BankAccountRef;
  statementId?: string;
  /** MT940 :28C:, camt ElctrncSeqNb / LglSeqNb. */
  sequenceNumber?: string;
  openingBalance?: BankBalance;
  closingBalance?: BankBalance;
  entries: BankEntry[];
  source: BankSource;
}

export interface BankFile {
  format: BankFormat;
  fileName: string;
  statements: BankStatement[];
  /**
   * What a person should look at although the file was read: control-total mismatches accepted with
   * `controlTotals: 'warn'`, and statements whose opening balance + entries differ from the closing balance.
   */
  warnings: string[];
}

export interface ReadOptions {
  /**
   * 'enforce' (default): a file whose own control totals or record counts disagree with its records is rejected.
   * 'warn': the mismatches are listed in `BankFile.warnings` instead, for a person who has checked with the bank.
   */
  controlTotals?: 'enforce' | 'warn';
}
