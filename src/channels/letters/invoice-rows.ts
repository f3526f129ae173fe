// The invoice table of a dunning communication as display strings, shared by the e-mail (text and HTML) and the
// letter: one row per invoice, then the invoices' sum, fees and interest when there are any, then the total.
import { formatInteger, formatMoney } from '../pdf/locale-format.js';
import type { DunningMessageInput, PreparedMessage } from './dunning-input.js';

export type InvoiceTable = {
  headers: [string, string, string, string, string];
  rows: [string, string, string, string, string][];
  /** Label and amount; the last one is the total due, with the currency. */
  summary: { label: string; amount: string; total: boolean }[];
};

export function invoiceTable(input: DunningMessageInput, prepared: PreparedMessage): InvoiceTable {
  const { labels, locale } = prepared;
  const m = labels.statement;
  const figures = (minor: bigint) => formatMoney(minor, input.currency, locale);
  const rows = input.invoices.map((invoice): [string, string, string, string, string] => [
    invoice.number,
    prepared.date(invoice.issueDate),
    prepared.date(invoice.dueDate),
    formatInteger(invoice.daysPastDue, locale),
    figures(invoice.open),
  ]);
  const summary: InvoiceTable['summary'] = [];
  if (input.fees !== 0n || input.interest !== 0n) {
    summary.push({ label: labels.subtotal, amount: figures(input.total - input.fees - input.interest), total: false });
    if (input.fees !== 0n) summary.push({ label: labels.fees, amount: figures(input.fees), total: false });
    if (input.interest !== 0n) summary.push({ label: labels.interest, amount: figures(input.interest), total: false });
  }
  summary.push({ label: labels.totalDue, amount: prepared.money(input.total), total: true });
  return {
    headers: [labels.invoice, m.issueDate, m.dueDate, m.daysPastDue, `${m.open} (${input.currency})`],
    rows,
    summary,
  };
}
