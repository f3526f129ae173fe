// BAI2 16 (transaction detail) with its 88 continuations: type code, amount, funds type (+ its fields), bank
// reference, customer reference, text. The text is the last field and runs to the end of the record, so it may
// hold commas and slashes; a 16 that ends before its text ends with "/" and the next 88 carries on field by field
// (BAI2 v2, "16 Transaction Detail" and "88 Continuation"; Oracle JD Edwards BAI2 mapping notes).
import type { BusinessDate } from '../../domain/dates.js';
import { parseImpliedAmount } from './amounts.js';
import { detailKind, fundsTypeFields } from './bai2-codes.js';
import type { LogicalRecord } from './bai2-records.js';
import { textKeys } from './bai2-text.js';
import { withDefined } from './defined.js';
import { BankFileError } from './errors.js';
import type { BankEntry } from './types.js';
import { parseYymmdd, squash } from './text.js';

export type DetailContext = { file: string; currency: string; asOfDate: BusinessDate };

/** The detail's entry (none for 890 information records) and its amount for the account control total. */
export function readDetail(record: LogicalRecord, context: DetailContext): { entry?: BankEntry; amount: bigint } {
  const fail = (reason: string): never => { throw BankFileError.at(context.file, record.line, `16 record: ${reason}`); };
  const { fields, textParts } = splitDetail(record, fail);
  const [typeCode = '', amountText = '', fundsType = ''] = fields;
  const kind = detailKind(typeCode);
  if (kind !== 'credit' && kind !== 'debit' && kind !== 'information') return fail(kind);
  if (amountText === '') return fail('amount is missing');
  const amount = parseImpliedAmount(amountText, false);
  if (!amount.ok) return fail(amount.reason);
  const extra = fundsTypeFields(fundsType, fields[3]);
  if (typeof extra !== 'number') return fail(String(extra));
  if (kind === 'information') return { amount: amount.value };
  const valueDate = fundsType === 'V' ? parseYymmdd(fields[3] ?? '') : undefined;
  if (valueDate && !valueDate.ok) return fail(`value ${valueDate.reason}`);
  const text = squash(textParts.join(' '));
  const keys = textKeys(textParts);
  const entry: BankEntry = {
    direction: kind,
    amount: amount.value,
    currency: context.currency,
    bookingDate: context.asOfDate,
    structuredReferences: [],
    documentNumbers: [],
    remittanceText: text,
    source: { line: record.line },
  };
  return {
    amount: amount.value,
    entry: withDefined(entry, {
      valueDate: valueDate?.ok ? valueDate.value : undefined,
      bankReference: squash(fields[3 + extra] ?? '') || undefined,
      customerReference: squash(fields[4 + extra] ?? '') || undefined,
      endToEndId: keys.endToEndId,
      payerName: keys.payerName,
      payeeName: keys.payeeName,
      bankTransactionCode: typeCode,
    }),
  };
}

/** Reads fields until the funds type says how many precede the text; everything after is text. */
function splitDetail(record: LogicalRecord, fail: (reason: string) => never): { fields: string[]; textParts: string[] } {
  const fields: string[] = [];
  let textParts: string[] | undefined;
  for (const part of record.parts) {
    if (textParts) { textParts.push(part.body); continue; }
    const pieces = part.body.split(',');
    for (let i = 0; i < pieces.length; i++) {
      const needed = fieldsBeforeText(fields, fail);
      if (needed !== undefined && fields.length >= needed) {
        textParts = [pieces.slice(i).join(',')];
        break;
      }
      fields.push(pieces[i] ?? '');
    }
  }
  return { fields, textParts: textParts ?? [] };
}

function fieldsBeforeText(fields: string[], fail: (reason: string) => never): number | undefined {
  if (fields.length < 3) return undefined;
  const extra = fundsTypeFields(fields[2] ?? '', fields[3]);
  if (typeof extra === 'string') return fail(extra);
  return extra === undefined ? undefined : 3 + extra + 2;
}
