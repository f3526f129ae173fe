// One entry point for an uploaded bank file: detect the format, read it with the matching reader.
import { readBai2 } from './bai2.js';
import { readCamt } from './camt.js';
import { readBankCsv } from './csv-bank.js';
import { detectBankFormat } from './detect.js';
import { BankFileError } from './errors.js';
import { readMt940 } from './mt940.js';
import type { BankFile, ReadOptions } from './types.js';

export type ReadBankFileOptions = ReadOptions & {
  /** The account's saved CSV column mapping (validated here); needed only for CSV files. */
  csvMapping?: unknown;
};

export function readBankFile(text: string, fileName: string, options: ReadBankFileOptions = {}): BankFile {
  const format = detectBankFormat(text, fileName) ?? (options.csvMapping !== undefined ? 'csv' : undefined);
  switch (format) {
    case 'camt.052': case 'camt.053': case 'camt.054': return readCamt(text, fileName);
    case 'mt940': case 'mt942': return readMt940(text, fileName, options);
    case 'bai2': return readBai2(text, fileName, options);
    case 'csv':
      if (options.csvMapping === undefined) throw BankFileError.at(fileName, 1, 'a CSV bank file needs the column mapping saved for its account');
      return readBankCsv(text, fileName, options.csvMapping);
    case undefined:
      throw BankFileError.at(fileName, 1, 'not a bank file this reader knows: expected camt.052/053/054 XML, MT940/MT942, BAI2, or CSV with a column mapping');
  }
}
