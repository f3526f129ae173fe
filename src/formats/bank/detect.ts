// Tells the format of a bank file from its content, the file name only breaking ties: banks and users name files
// freely (moov-io's BAI2 samples are .txt, MT940 comes as .sta, .940 or .txt).
import { stripControl } from './text.js';
import type { BankFormat } from './types.js';

const CAMT_MESSAGES: readonly [string, BankFormat][] = [
  ['BkToCstmrStmt', 'camt.053'], ['BkToCstmrDbtCdtNtfctn', 'camt.054'], ['BkToCstmrAcctRpt', 'camt.052'],
];

export function detectBankFormat(text: string, fileName: string): BankFormat | undefined {
  const content = stripControl(text).trimStart();
  if (content.startsWith('<')) {
    return CAMT_MESSAGES.find(([element]) => new RegExp(`<(?:[\\w.-]+:)?${element}[\\s>]`).test(content))?.[1];
  }
  if (/^:20:/m.test(content) && /^:(25|61):/m.test(content)) {
    return /^:60[FM]:/m.test(content) || !/^:(34F|13D?):/m.test(content) ? 'mt940' : 'mt942';
  }
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  // A BAI2 record: two digits and a comma, and either the 01 file header, a "/" record end or a BAI name.
  if (/^\d\d,/.test(firstLine) && (firstLine.startsWith('01,') || /\/\s*$/.test(firstLine) || /\.bai2?$/i.test(fileName))) {
    return 'bai2';
  }
  if (/\.(csv|tsv)$/i.test(fileName)) return 'csv';
  return undefined;
}
