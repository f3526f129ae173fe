// BAI2 records as they appear in real files (BAI Cash Management Balance Reporting Specifications v2, "Record
// Format"): fields separated by commas, a record ended by "/" or, for a record ending in text (16 and its 88
// continuations), by the end of the physical line. Besides one record per line, banks also send several records
// on one line ("…PPD/ 16,142,…" in moov-io's sample3) and wrap a record onto a line without a record code; both
// are read as moov-io/bai2 reads them (PRs #104/#105, #116).
import { BankFileError } from './errors.js';
import { numberedLines } from './text.js';

export type PhysicalRecord = { code: string; body: string; terminated: boolean; line: number };
export type LogicalRecord = { code: string; parts: PhysicalRecord[]; line: number };

const CODES = ['01', '02', '03', '16', '49', '88', '98', '99'];
/** A "/" then whitespace then a record code starts another record on the same line. */
const INLINE_BOUNDARY = new RegExp(`(?<=/)\\s+(?=(?:${CODES.join('|')}),)`);

export function physicalRecords(text: string, file: string): PhysicalRecord[] {
  const records: { code: string; body: string; line: number }[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    if (raw.trim() === '') continue;
    raw.trim().split(INLINE_BOUNDARY).forEach((segment, i) => {
      const record = /^(\d\d),(.*)$/s.exec(segment);
      if (record && CODES.includes(record[1] ?? '')) {
        records.push({ code: record[1] ?? '', body: record[2] ?? '', line });
        return;
      }
      const previous = records.at(-1);
      if (i > 0 || previous === undefined) {
        const code = /^(\d\d),/.exec(segment)?.[1];
        const reason = code
          ? `record code "${code}" is not a BAI2 record (01, 02, 03, 16, 49, 88, 98, 99)`
          : `"${segment.slice(0, 20)}" does not start with a BAI2 record code`;
        throw BankFileError.at(file, line, reason);
      }
      // A line without a record code continues the record before it (a wrapped physical record).
      previous.body += ` ${segment}`;
    });
  }
  return records.map((r) => {
    const body = r.body.trimEnd();
    const terminated = body.endsWith('/');
    return { code: r.code, body: terminated ? body.slice(0, -1) : body, terminated, line: r.line };
  });
}

/** Groups each record with the 88 continuation records that follow it ("may follow any record type"). */
export function logicalRecords(records: PhysicalRecord[], file: string): LogicalRecord[] {
  const logical: LogicalRecord[] = [];
  for (const record of records) {
    const last = logical.at(-1);
    if (record.code !== '88') {
      logical.push({ code: record.code, parts: [record], line: record.line });
    } else if (last) {
      last.parts.push(record);
    } else {
      throw BankFileError.at(file, record.line, '88 continuation record with no record before it');
    }
  }
  return logical;
}

/** The fields of a record without text: the continuation records' fields follow the first record's. */
export function fieldsOf(record: LogicalRecord): string[] {
  return record.parts.flatMap((p) => p.body.split(','));
}
