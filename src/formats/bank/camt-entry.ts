// One camt Ntry into bank entries. A batch booking (one Ntry, several TxDtls) becomes one entry per detail with the
// detail's own amount, so each payer's payment can be matched on its own (issue #5); when the details carry no
// amounts the batch stays one entry, because splitting a lump sum by guesswork would invent amounts.
import type { BusinessDate } from '../../domain/dates.js';
import { mergeDetails, readDetail, type DetailInfo } from './camt-details.js';
import { readAmount, readDate, readDirection, requireChild, transactionCode, type CamtAmount } from './camt-fields.js';
import type { XNode } from './camt-xml.js';
import { BankFileError } from './errors.js';
import type { BankEntry, Direction } from './types.js';
import { squash } from './text.js';
import { withDefined } from './defined.js';

export type EntryContext = { file: string; statementDate?: BusinessDate };

type EntryBase = {
  amount: CamtAmount;
  direction: Direction;
  reversal: boolean;
  pending: boolean;
  bookingDate: BusinessDate;
  valueDate?: BusinessDate;
  bankReference?: string;
  bankTransactionCode?: string;
  additionalInfo: string[];
};

export function readEntry(ntry: XNode, context: EntryContext): BankEntry[] {
  const base = readEntryBase(ntry, context);
  const transactions = ntry.children('NtryDtls').flatMap((d) => d.children('TxDtls'));
  if (transactions.length <= 1) {
    const detail = transactions[0] ? readDetail(transactions[0]) : mergeDetails([]);
    return [toEntry(base, detail, base.amount, base.direction, ntry.path)];
  }
  const amounts = transactions.map((tx) => detailAmount(tx, base.amount.currency, context.file));
  if (amounts.some((a) => a === undefined)) {
    return [toEntry(base, mergeDetails(transactions.map(readDetail)), base.amount, base.direction, ntry.path)];
  }
  return transactions.map((tx, i) => {
    const direction = tx.child('CdtDbtInd') ? readDirection(tx.child('CdtDbtInd')!, context.file) : base.direction;
    const entry = toEntry(base, readDetail(tx), amounts[i]!, direction, tx.path);
    return { ...entry, batch: { index: i + 1, count: transactions.length } };
  });
}

function readEntryBase(ntry: XNode, context: EntryContext): EntryBase {
  const { file } = context;
  const status = ntry.textAt('Sts') ?? ntry.textAt('Sts', 'Cd');
  const booked = ntry.child('BookgDt');
  const value = ntry.child('ValDt');
  const valueDate = value ? readDate(value, file) : undefined;
  // Booking date, else value date, else the statement's own date: camt.054 notices and some camt.053 exports
  // (Subite's LT samples) leave BookgDt out although the schema expects it for booked entries.
  const bookingDate = booked ? readDate(booked, file) : valueDate ?? context.statementDate;
  if (bookingDate === undefined) throw BankFileError.at(file, ntry.path, 'entry has no BookgDt or ValDt and the statement has no date');
  const reversal = ntry.textAt('RvslInd');
  return {
    amount: readAmount(requireChild(ntry, 'Amt', file), file),
    direction: readDirection(requireChild(ntry, 'CdtDbtInd', file), file),
    reversal: reversal === 'true' || reversal === '1',
    // Only BOOK is money on the account; PDNG, INFO and FUTR are announcements (ISO External Entry Status code).
    pending: status !== undefined && status !== 'BOOK',
    bookingDate,
    valueDate,
    bankReference: ntry.textAt('AcctSvcrRef'),
    bankTransactionCode: transactionCode(ntry.child('BkTxCd')),
    additionalInfo: ntry.children('AddtlNtryInf').map((a) => squash(a.text())).filter((t) => t !== ''),
  };
}

/**
 * A detail's own amount in the entry's currency: TxDtls/Amt (from .001.03), else AmtDtls/TxAmt, else the
 * instructed amount when it is in the same currency (an instructed amount in another currency is not what was
 * booked). Undefined when the detail has none of these.
 */
function detailAmount(tx: XNode, currency: string, file: string): CamtAmount | undefined {
  const own = tx.child('Amt') ?? tx.at('AmtDtls', 'TxAmt', 'Amt');
  if (own) return readAmount(own, file);
  const instructed = tx.at('AmtDtls', 'InstdAmt', 'Amt');
  if (!instructed) return undefined;
  const amount = readAmount(instructed, file);
  return amount.currency === currency ? amount : undefined;
}

function toEntry(base: EntryBase, detail: DetailInfo, amount: CamtAmount, direction: Direction, element: string): BankEntry {
  const additionalInfo = [...base.additionalInfo, ...detail.additionalInfo].join(' ');
  const entry: BankEntry = {
    direction,
    amount: amount.amount,
    currency: amount.currency,
    bookingDate: base.bookingDate,
    structuredReferences: detail.structuredReferences,
    documentNumbers: detail.documentNumbers,
    remittanceText: detail.texts.join(' '),
    source: { element },
  };
  const optional: Partial<BankEntry> = {
    valueDate: base.valueDate,
    bankReference: detail.bankReference ?? base.bankReference,
    endToEndId: detail.endToEndId,
    additionalInfo: additionalInfo === '' ? undefined : additionalInfo,
    payerName: detail.payerName,
    payerIban: detail.payerIban,
    payeeName: detail.payeeName,
    payeeIban: detail.payeeIban,
    ultimateDebtorName: detail.ultimateDebtorName,
    reversal: base.reversal || detail.returned ? true : undefined,
    pending: base.pending ? true : undefined,
    bankTransactionCode: detail.bankTransactionCode ?? base.bankTransactionCode,
  };
  return withDefined(entry, optional);
}
