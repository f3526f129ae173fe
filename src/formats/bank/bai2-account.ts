// BAI2 03 (account identifier and summary/status) with its 88 continuations: account number, currency, then
// groups of type code, amount, item count, funds type (+ the funds type's fields). The summary amounts count in
// the 49 account control total; the funds-availability amounts of S and D do not (they split an amount already
// counted), which is what the moov-io and ministryofjustice samples' trailers confirm.
import { parseImpliedAmount } from './amounts.js';
import { fundsTypeFields } from './bai2-codes.js';
import type { LogicalRecord } from './bai2-records.js';
import { BankFileError } from './errors.js';

export type AccountHeader = { number: string; currency?: string; summaryTotal: bigint };

export function readAccountHeader(record: LogicalRecord, file: string): AccountHeader {
  const fail = (reason: string): never => { throw BankFileError.at(file, record.line, `03 record: ${reason}`); };
  // Each field remembers whether it ended its physical record, for the "…,,,/" case below.
  const cells = record.parts.flatMap((p) => p.body.split(',').map((v, i, all) => ({ value: v.trim(), last: i === all.length - 1 })));
  const fields = cells.map((c) => c.value);
  const number = fields[0] ?? '';
  if (number === '') return fail('account number is missing');
  let summaryTotal = 0n;
  let i = 2;
  while (i < fields.length) {
    // An empty field just before "/" where a type code would start is a surplus delimiter (SVB writes
    // "015,35217175,,,/" and continues with "88,040,…"), not a summary of its own.
    if (fields[i] === '' && cells[i]?.last) { i += 1; continue; }
    const [typeCode = '', amountText = '', , fundsType = ''] = fields.slice(i, i + 4);
    const extra = fundsTypeFields(fundsType, fields[i + 4]);
    if (typeof extra === 'string') return fail(`type code ${typeCode}: ${extra}`);
    if (typeCode !== '' && !/^\d{3}$/.test(typeCode)) return fail(`type code "${typeCode}" is not three digits`);
    if (amountText !== '') {
      const amount = parseImpliedAmount(amountText, true);
      if (!amount.ok) return fail(`type code ${typeCode}: ${amount.reason}`);
      summaryTotal += amount.value;
    }
    i += 4 + (extra ?? 0);
  }
  const currency = fields[1];
  return currency ? { number, currency, summaryTotal } : { number, summaryTotal };
}
