// BAI2 (BAI Cash Management Balance Reporting Specifications v2): 01 file header, 02 group header (as-of date,
// currency), 03 account, 16 details, 49 account trailer, 98 group trailer, 99 file trailer, 88 continuations.
// Each 03 account becomes one statement. The trailers' control totals and record counts are checked: they are the
// file's own proof that nothing was lost in transmission.
import type { BusinessDate } from '../../domain/dates.js';
import { isBankCurrency, parseImpliedAmount } from './amounts.js';
import { readAccountHeader } from './bai2-account.js';
import { readDetail } from './bai2-detail.js';
import { fieldsOf, logicalRecords, physicalRecords, type LogicalRecord } from './bai2-records.js';
import { BankFileError, ControlChecks } from './errors.js';
import type { BankEntry, BankFile, BankStatement, ReadOptions } from './types.js';
import { parseYymmdd } from './text.js';

type Totals = { amount: bigint; records: number };

class Bai2Reader {
  private index = 0;
  readonly statements: BankStatement[] = [];

  constructor(private readonly records: LogicalRecord[], private readonly file: string, private readonly checks: ControlChecks) {}

  read(): void {
    const header = this.expect('01', 'the 01 file header');
    this.readFileHeader(header);
    let total = 0n;
    let groups = 0;
    let count = size(header);
    while (this.peek()?.code === '02') {
      const group = this.readGroup();
      total += group.amount;
      count += group.records;
      groups += 1;
    }
    const trailer = this.expect('99', 'a 02 group header or the 99 file trailer');
    count += size(trailer);
    const [stated, statedGroups, statedRecords] = fieldsOf(trailer);
    this.checkAmount(trailer, '99 file control total', stated, total);
    this.checkCount(trailer, '99 number of groups', statedGroups, groups);
    this.checkCount(trailer, '99 number of records', statedRecords, count);
    const extra = this.peek();
    if (extra) this.fail(extra.line, `${extra.code} record after the 99 file trailer`);
  }

  private readFileHeader(header: LogicalRecord): void {
    const fields = fieldsOf(header);
    const created = parseYymmdd((fields[2] ?? '').trim());
    if (!created.ok) this.fail(header.line, `01 record: creation ${created.reason}`);
    const version = (fields[7] ?? '').trim();
    if (version !== '' && !/^0*2$/.test(version)) this.fail(header.line, `01 record: version "${version}" is not BAI2 (2)`);
  }

  private readGroup(): Totals {
    const header = this.expect('02', 'a 02 group header');
    const [, , status = '', dateText = '', , currency = ''] = fieldsOf(header).map((f) => f.trim());
    // Status 2 deletes and 4 tests earlier data (BAI2 "Group Status"): posting their entries would be wrong.
    if (status === '2' || status === '4') {
      this.fail(header.line, `02 record: group status ${status} (${status === '2' ? 'deletion' : 'test only'}) cannot be imported as cash`);
    }
    const asOf = parseYymmdd(dateText);
    if (!asOf.ok) return this.fail(header.line, `02 record: as-of ${asOf.reason}`);
    if (currency !== '' && !isBankCurrency(currency)) this.fail(header.line, `02 record: "${currency}" is not an ISO 4217 currency code`);
    let amount = 0n;
    let accounts = 0;
    let records = size(header);
    while (this.peek()?.code === '03') {
      const account = this.readAccount(asOf.value, currency);
      amount += account.amount;
      records += account.records;
      accounts += 1;
    }
    const trailer = this.expect('98', 'a 03 account or the 98 group trailer');
    records += size(trailer);
    const [stated, statedAccounts, statedRecords] = fieldsOf(trailer);
    this.checkAmount(trailer, '98 group control total', stated, amount);
    this.checkCount(trailer, '98 number of accounts', statedAccounts, accounts);
    this.checkCount(trailer, '98 number of records', statedRecords, records);
    return { amount, records };
  }

  private readAccount(asOfDate: BusinessDate, groupCurrency: string): Totals {
    const record = this.expect('03', 'a 03 account');
    const account = readAccountHeader(record, this.file);
    // The currency of the account, else of the group, else USD ("If no currency code is given, USD").
    const currency = account.currency ?? (groupCurrency || 'USD');
    if (!isBankCurrency(currency)) this.fail(record.line, `03 record: "${currency}" is not an ISO 4217 currency code`);
    let amount = account.summaryTotal;
    let records = size(record);
    const entries: BankEntry[] = [];
    while (this.peek()?.code === '16') {
      const detail = this.next();
      const read = readDetail(detail, { file: this.file, currency, asOfDate });
      amount += read.amount;
      records += size(detail);
      if (read.entry) entries.push(read.entry);
    }
    const trailer = this.expect('49', 'a 16 detail or the 49 account trailer');
    records += size(trailer);
    const [stated, statedRecords] = fieldsOf(trailer);
    this.checkAmount(trailer, '49 account control total', stated, amount);
    this.checkCount(trailer, '49 number of records', statedRecords, records);
    this.statements.push({
      format: 'bai2',
      account: { number: account.number, currency },
      entries,
      source: { line: record.line },
    });
    return { amount, records };
  }

  /** A blank control total or count means the sender did not give one; there is nothing to check. */
  private checkAmount(record: LogicalRecord, what: string, stated: string | undefined, computed: bigint): void {
    const text = (stated ?? '').trim();
    if (text === '') return;
    const parsed = parseImpliedAmount(text, true);
    if (!parsed.ok) this.fail(record.line, `${what}: ${parsed.reason}`);
    else this.checks.expect(record.line, what, parsed.value, computed);
  }

  private checkCount(record: LogicalRecord, what: string, stated: string | undefined, computed: number): void {
    const text = (stated ?? '').trim();
    if (text === '') return;
    if (!/^\d+$/.test(text)) this.fail(record.line, `${what} "${text}" is not a number`);
    this.checks.expect(record.line, what, Number(text), computed);
  }

  private expect(code: string, what: string): LogicalRecord {
    const record = this.peek();
    if (!record) {
      const last = this.records.at(-1);
      const line = last ? last.parts.at(-1)?.line ?? last.line : 1;
      return this.fail(line, `file ends where ${what} was expected (truncated file?)`);
    }
    if (record.code !== code) return this.fail(record.line, `expected ${what}, found a ${record.code} record`);
    return this.next();
  }

  private peek(): LogicalRecord | undefined {
    return this.records[this.index];
  }

  private next(): LogicalRecord {
    const record = this.records[this.index];
    if (!record) throw new Error('BAI2 reader read past the last record');
    this.index += 1;
    return record;
  }

  private fail(line: number, reason: string): never {
    throw BankFileError.at(this.file, line, reason);
  }
}

/** Physical records count in the trailers' record counts, continuations included. */
function size(record: LogicalRecord): number {
  return record.parts.length;
}

export function readBai2(text: string, fileName: string, options: ReadOptions = {}): BankFile {
  const checks = new ControlChecks(fileName, options.controlTotals !== 'warn');
  const records = logicalRecords(physicalRecords(text, fileName), fileName);
  if (records.length === 0) throw BankFileError.at(fileName, 1, 'file is empty');
  const reader = new Bai2Reader(records, fileName, checks);
  reader.read();
  return { format: 'bai2', fileName, statements: reader.statements, warnings: checks.warnings() };
}
