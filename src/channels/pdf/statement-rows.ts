// Turns statement data into table columns and display rows: all locale formatting happens here.
import type { BalanceForwardStatement, OpenItemStatement } from '../../domain/statement.js';
import { formatDate, formatInteger, formatMoney } from './locale-format.js';
import type { Column, Row } from './pdf-table.js';
import { type StatementMessages, agingLabel } from './statement-messages.js';

export type Formatting = { messages: StatementMessages; currency: string };

function money(amount: bigint, f: Formatting): string {
  return formatMoney(amount, f.currency, f.messages.locale);
}

function date(value: string | undefined, f: Formatting): string {
  return value === undefined ? '' : formatDate(value, f.messages.locale);
}

/** Fixed widths for dates and amounts; the text column takes whatever is left of `width`. */
function withFlex(columns: Column[], flexIndex: number, width: number): Column[] {
  const fixed = columns.reduce((sum, column, i) => (i === flexIndex ? sum : sum + column.width), 0);
  return columns.map((column, i) => (i === flexIndex ? { ...column, width: width - fixed } : column));
}

export function balanceForwardColumns(f: Formatting, width: number): Column[] {
  const m = f.messages;
  return withFlex([
    // Sized for the longest texts: "31.01.2026 г.", "Pagpapawalang-bisa", "−12 345 678,90".
    { header: m.date, width: 60, align: 'left' },
    { header: m.type, width: 88, align: 'left' },
    { header: m.reference, width: 0, align: 'left' },
    { header: m.dueDate, width: 60, align: 'left' },
    { header: m.debit, width: 70, align: 'right', numeric: true },
    { header: m.credit, width: 70, align: 'right', numeric: true },
    { header: m.balance, width: 76, align: 'right', numeric: true },
  ], 2, width);
}

export function balanceForwardRows(statement: BalanceForwardStatement, f: Formatting): Row[] {
  const m = f.messages;
  const rows: Row[] = [
    { cells: [date(statement.from, f), m.openingBalance, '', '', '', '', money(statement.openingBalance, f)], emphasis: true },
  ];
  for (const line of statement.lines) {
    // Positive amounts raise what the customer owes (debit); negative ones lower it (credit), shown unsigned.
    const debit = line.amount >= 0n ? money(line.amount, f) : '';
    const credit = line.amount < 0n ? money(-line.amount, f) : '';
    rows.push({
      cells: [date(line.date, f), m.kinds[line.kind], line.reference, date(line.dueDate, f), debit, credit, money(line.balance, f)],
    });
  }
  if (statement.lines.length === 0) rows.push({ cells: ['', m.noLines] });
  rows.push({
    cells: [date(statement.to, f), m.closingBalance, '', '', '', '', money(statement.closingBalance, f)], emphasis: true,
  });
  return rows;
}

export function openItemColumns(f: Formatting, width: number): Column[] {
  const m = f.messages;
  return withFlex([
    { header: m.number, width: 0, align: 'left' },
    { header: m.issueDate, width: 66, align: 'left' },
    { header: m.dueDate, width: 66, align: 'left' },
    { header: m.amount, width: 84, align: 'right', numeric: true },
    { header: m.open, width: 84, align: 'right', numeric: true },
    { header: m.daysPastDue, width: 62, align: 'right', numeric: true },
  ], 0, width);
}

export function openItemRows(statement: OpenItemStatement, f: Formatting): Row[] {
  const m = f.messages;
  const rows: Row[] = statement.items.map((item) => ({
    cells: [
      item.number, date(item.issueDate, f), date(item.dueDate, f), money(item.amount, f), money(item.open, f),
      // Not yet due is not "0 days late": leave it blank rather than print zero or a negative count.
      item.daysPastDue > 0 ? formatInteger(item.daysPastDue, m.locale) : '',
    ],
  }));
  if (statement.items.length === 0) rows.push({ cells: [m.noItems] });
  if (statement.unapplied !== 0n) rows.push({ cells: [m.unapplied, '', '', '', money(statement.unapplied, f), ''] });
  rows.push({ cells: [m.total, '', '', '', money(statement.closingBalance, f), ''], emphasis: true });
  return rows;
}

/** One column per aging bucket, then unapplied cash and the total, all sharing the width equally. */
export function agingColumns(statement: OpenItemStatement, f: Formatting, width: number): Column[] {
  const headers = [
    ...statement.aging.labels.map((label) => agingLabel(label, f.messages)),
    f.messages.unapplied,
    f.messages.total,
  ];
  return headers.map((header) => ({ header, width: width / headers.length, align: 'right', numeric: true }));
}

export function agingRows(statement: OpenItemStatement, f: Formatting): Row[] {
  const { amounts } = statement.aging;
  const buckets = statement.aging.labels.map((_, i) => money(amounts.buckets[i] ?? 0n, f));
  return [{ cells: [...buckets, money(amounts.unapplied, f), money(amounts.total, f)] }];
}
