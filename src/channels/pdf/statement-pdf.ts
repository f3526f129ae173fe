// Customer statements (issue #2) as A4 PDFs in the customer's language: letterhead, the statement's table,
// and for open-item statements an aging summary.
import type { BalanceForwardStatement, OpenItemStatement } from '../../domain/statement.js';
import { openA4Document } from './a4-document.js';
import { formatDate, formatMoney } from './locale-format.js';
import { type Row, type Column, type Table, drawTable, rowHeight } from './pdf-table.js';
import { drawText } from './pdf-text.js';
import { statementMessages } from './statement-messages.js';
import { BODY_BOTTOM, CONTENT_WIDTH, PAGE, drawFooter, drawLetterhead, drawRunningHead } from './statement-page.js';
import {
  type Formatting, agingColumns, agingRows, balanceForwardColumns, balanceForwardRows, openItemColumns, openItemRows,
} from './statement-rows.js';

export type StatementPdfInput = {
  tenant: { name: string; country: string; email?: string | null; phone?: string | null; address?: string | null };
  customer: { customerRef: string; name: string; language: string; country: string };
  currency: string;
  generatedOn: string; // YYYY-MM-DD
  statement: BalanceForwardStatement | OpenItemStatement;
};

export type StatementPdfOptions = {
  /** Uncompressed content streams, so tests can inspect the PDF text. */
  compress?: boolean;
};

const TABLE_SIZE = 8;

export async function renderStatementPdf(input: StatementPdfInput, options: StatementPdfOptions = {}): Promise<Buffer> {
  const messages = statementMessages(input.customer.language);
  const f: Formatting = { messages, currency: input.currency };
  const { doc, done } = openA4Document({
    margin: PAGE.margin, compress: options.compress ?? true, lang: messages.locale,
    info: { Title: `${messages.statementOfAccount} – ${input.customer.name}`, Author: input.tenant.name, Subject: input.customer.customerRef },
  });

  const { statement } = input;
  let y = drawLetterhead(doc, {
    tenant: input.tenant,
    customer: input.customer,
    currency: input.currency,
    statementDate: formatDate(input.generatedOn, messages.locale),
    subtitle: statement.type === 'balance-forward'
      ? messages.period(formatDate(statement.from, messages.locale), formatDate(statement.to, messages.locale))
      : messages.openItemsAsOf(formatDate(statement.asOf, messages.locale)),
    balanceDue: formatMoney(statement.closingBalance, input.currency, messages.locale),
  }, messages);

  const newPage = () => {
    doc.addPage();
    return drawRunningHead(doc, input.tenant.name, input.customer.name, messages);
  };
  const table = (columns: Column[]): Table =>
    ({ doc, x: PAGE.margin, columns, bottom: BODY_BOTTOM, newPage, size: TABLE_SIZE });

  if (statement.type === 'balance-forward') {
    drawTable(table(balanceForwardColumns(f, CONTENT_WIDTH)), balanceForwardRows(statement, f), y);
  } else {
    y = drawTable(table(openItemColumns(f, CONTENT_WIDTH)), openItemRows(statement, f), y);
    drawAging(table(agingColumns(statement, f, CONTENT_WIDTH)), agingRows(statement, f), y + 18, messages.agingSummary);
  }

  const range = doc.bufferedPageRange();
  const footerLeft = `${input.tenant.name} · ${input.customer.name} (${input.customer.customerRef})`;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    drawFooter(doc, i + 1, range.count, footerLeft, messages);
  }
  doc.end();
  return done;
}

/** The aging summary keeps its heading, header and figures together on one page. */
function drawAging(table: Table, rows: Row[], top: number, heading: string): void {
  // Three lines of header at most, plus the figures and the heading above them.
  const needed = 16 + rowHeight(table) * (rows.length + 3);
  const y = top + needed > table.bottom ? table.newPage() + 6 : top;
  drawText(table.doc, heading, table.x, y + 10, { weight: 'bold', size: 10.5, color: '#1b2330' });
  drawTable(table, rows, y + 16);
}
