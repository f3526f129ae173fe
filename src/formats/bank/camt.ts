// ISO 20022 bank-to-customer cash management messages: camt.053 (statement), camt.054 (debit/credit notification)
// and camt.052 (intraday account report), versions .001.02 and later. The three share the report block (account,
// balances, Ntry), so one reader serves all; the message is told by the element under Document and checked against
// the namespace when there is one.
import type { BusinessDate } from '../../domain/dates.js';
import { isBankCurrency } from './amounts.js';
import { accountId, readAmount, readDate, readDateTime, readDirection, requireChild } from './camt-fields.js';
import { readEntry } from './camt-entry.js';
import { parseXml, type XNode } from './camt-xml.js';
import { BankFileError } from './errors.js';
import { withDefined } from './defined.js';
import { balanceWarnings } from './reconcile.js';
import type { BankAccountRef, BankBalance, BankFile, BankFormat, BankStatement } from './types.js';

const MESSAGES: Readonly<Record<string, { format: BankFormat; report: string }>> = {
  BkToCstmrStmt: { format: 'camt.053', report: 'Stmt' },
  BkToCstmrDbtCdtNtfctn: { format: 'camt.054', report: 'Ntfctn' },
  BkToCstmrAcctRpt: { format: 'camt.052', report: 'Rpt' },
};

const NAMESPACE = /xmlns(?::[\w.-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:(camt\.05[234])\.001\.(\d{2})["']/;

export function readCamt(xmlText: string, fileName: string): BankFile {
  const { rootName, root } = parseXml(xmlText, fileName);
  if (rootName !== 'Document') throw BankFileError.at(fileName, rootName, `root element is ${rootName}, not an ISO 20022 Document`);
  const messageName = root.names().find((name) => name in MESSAGES);
  const message = messageName === undefined ? undefined : MESSAGES[messageName];
  if (messageName === undefined || message === undefined) {
    throw BankFileError.at(fileName, 'Document', `no camt.052, camt.053 or camt.054 message under Document (found ${root.names().join(', ') || 'nothing'})`);
  }
  checkNamespace(xmlText, message.format, fileName);
  const body = root.child(messageName)!;
  const reports = body.children(message.report);
  if (reports.length === 0) {
    throw BankFileError.at(fileName, body.path, `no ${message.report} element: a ${message.format} message reports at least one account`);
  }
  const groupCreated = body.at('GrpHdr', 'CreDtTm');
  const messageDate = groupCreated ? readDateTime(groupCreated, fileName) : undefined;
  const statements = reports.map((report) => readReport(report, message.format, fileName, messageDate));
  return { format: message.format, fileName, statements, warnings: balanceWarnings(fileName, statements) };
}

function checkNamespace(xmlText: string, format: BankFormat, fileName: string): void {
  const namespace = NAMESPACE.exec(xmlText);
  if (!namespace) return;
  if (namespace[1] !== format) {
    throw BankFileError.at(fileName, 'Document', `the namespace says ${namespace[1]} but the message is a ${format}`);
  }
  if (Number(namespace[2]) < 2) {
    throw BankFileError.at(fileName, 'Document', `${format}.001.${namespace[2]} is not supported; versions .001.02 and later are`);
  }
}

function readReport(report: XNode, format: BankFormat, file: string, messageDate: BusinessDate | undefined): BankStatement {
  const account = readAccount(report, file);
  const balances = report.children('Bal').map((b) => readBalance(b, file));
  const openingBalance = balances.find((b) => b.code === 'OPBD')?.balance ?? balances.find((b) => b.code === 'PRCD')?.balance;
  const closingBalance = balances.find((b) => b.code === 'CLBD')?.balance;
  // The date an entry without BookgDt/ValDt is booked on: the statement's closing date, else when it was made.
  const periodEnd = report.at('FrToDt', 'ToDtTm');
  const created = report.child('CreDtTm');
  const statementDate = closingBalance?.date
    ?? (periodEnd ? readDateTime(periodEnd, file) : undefined)
    ?? (created ? readDateTime(created, file) : undefined)
    ?? messageDate;
  const entries = report.children('Ntry').flatMap((ntry) => readEntry(ntry, { file, statementDate }));
  const statement: BankStatement = { format, account, entries, source: { element: report.path } };
  return withDefined(statement, {
    statementId: report.textAt('Id'),
    sequenceNumber: report.textAt('ElctrncSeqNb') ?? report.textAt('LglSeqNb'),
    openingBalance,
    closingBalance,
  });
}

function readAccount(report: XNode, file: string): BankAccountRef {
  const acct = requireChild(report, 'Acct', file);
  const id = accountId(acct);
  if (id.iban === undefined && id.number === undefined) throw BankFileError.at(file, acct.path, 'account has neither an IBAN nor an Othr/Id');
  const currency = acct.textAt('Ccy');
  if (currency !== undefined && !isBankCurrency(currency)) {
    throw BankFileError.at(file, `${acct.path}/Ccy`, `"${currency}" is not an ISO 4217 currency code`);
  }
  return withDefined<BankAccountRef>({ ...id }, { currency });
}

function readBalance(bal: XNode, file: string): { code?: string; balance: BankBalance } {
  const { amount, currency } = readAmount(requireChild(bal, 'Amt', file), file);
  // CdtDbtInd is mandatory in the schema but left out for positive balances by some banks (Subite's LT samples).
  const indicator = bal.child('CdtDbtInd');
  const direction = indicator ? readDirection(indicator, file) : 'credit';
  const date = readDate(requireChild(bal, 'Dt', file), file);
  const code = bal.textAt('Tp', 'CdOrPrtry', 'Cd') ?? bal.textAt('Tp', 'CdOrPrtry', 'Prtry');
  return { code, balance: { amount: direction === 'credit' ? amount : -amount, currency, date } };
}
