// Bank-file readers for cash application (issue #5). Everything outside src/formats/bank imports from here.
export type {
  BankAccountRef, BankBalance, BankEntry, BankFile, BankFormat, BankSource, BankStatement, Direction, ReadOptions,
} from './types.js';
export { BankFileError, type BankFileProblem } from './errors.js';
export { readCamt } from './camt.js';
export { readMt940 } from './mt940.js';
export { readBai2 } from './bai2.js';
export { readBankCsv } from './csv-bank.js';
export {
  CSV_DATE_FORMATS, validateBankCsvMapping, type BankCsvColumns, type BankCsvMapping, type CsvColumn, type CsvDateFormat,
  type MappingCheck, type MappingProblem,
} from './csv-mapping.js';
export { detectBankFormat } from './detect.js';
export { readBankFile, type ReadBankFileOptions } from './read.js';
export { accountKey, entryKey, entryKeys } from './entry-key.js';
export { compactIban } from './iban.js';
