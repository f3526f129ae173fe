// The invoice table in an e-mail: aligned columns for the plain-text part, a real table for the HTML part.
import type { InvoiceTable } from './invoice-rows.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Width in a monospaced rendering, counted in grapheme clusters (a Telugu syllable is one). */
function width(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

/** Text columns left-aligned, counts and amounts right-aligned; summary amounts under the last column. */
export function plainTable(table: InvoiceTable): string {
  const right = [false, false, false, true, true];
  const widths = table.headers.map((header, i) => Math.max(width(header), ...table.rows.map((row) => width(row[i] ?? ''))));
  const amountWidth = Math.max(widths[4] ?? 0, ...table.summary.map((line) => width(line.amount)));
  widths[4] = amountWidth;
  const line = (cells: readonly string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, right[i] ?? false)).join('  ').trimEnd();
  const lead = widths.slice(0, 4).reduce((sum, w) => sum + w + 2, 0);
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const summary = table.summary.map((entry) => `${pad(entry.label, lead - 2, true)}  ${pad(entry.amount, amountWidth, true)}`);
  // With fees or interest, a double rule sets the total apart from the lines it adds up.
  const totalRule = summary.length > 1 ? [`${' '.repeat(lead)}${'='.repeat(amountWidth)}`] : [];
  return [line(table.headers), rule, ...table.rows.map(line), rule, ...summary.slice(0, -1), ...totalRule, ...summary.slice(-1)]
    .join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CELL = 'padding:4px 8px;border-bottom:1px solid #d5dbe3;';

export function htmlTable(table: InvoiceTable): string {
  const align = (i: number) => (i >= 3 ? 'right' : 'left');
  const head = table.headers
    .map((h, i) => `<th style="${CELL}text-align:${align(i)};background:#e4e9f0;">${escapeHtml(h)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row
    .map((cell, i) => `<td style="${CELL}text-align:${align(i)};${i >= 1 ? 'white-space:nowrap;' : ''}">${escapeHtml(cell)}</td>`)
    .join('')}</tr>`).join('');
  const summary = table.summary.map((entry) => {
    const weight = entry.total ? 'font-weight:bold;border-top:2px solid #1b2330;' : '';
    return `<tr><td colspan="4" style="${CELL}${weight}text-align:right;">${escapeHtml(entry.label)}</td>`
      + `<td style="${CELL}${weight}text-align:right;white-space:nowrap;">${escapeHtml(entry.amount)}</td></tr>`;
  }).join('');
  return '<table style="border-collapse:collapse;margin:12px 0;font-size:14px;">'
    + `<thead><tr>${head}</tr></thead><tbody>${rows}${summary}</tbody></table>`;
}
