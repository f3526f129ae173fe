// A paginated table: the header is repeated at the top of every page the table continues on.
import { lineMetrics } from './fonts.js';
import { type Align, type TextStyle, drawInCell, wrapText } from './pdf-text.js';

export type Column = {
  header: string;
  width: number;
  align: Align;
  /** Amounts shrink to fit rather than lose digits to an ellipsis. */
  numeric?: boolean;
};

export type Row = { cells: string[]; emphasis?: boolean };

export type Table = {
  doc: PDFKit.PDFDocument;
  x: number;
  columns: Column[];
  /** Lowest y a row may reach on any page. */
  bottom: number;
  /** Opens the next page and returns the y at which the table continues. */
  newPage: () => number;
  size: number;
};

const PAD_X = 4;
const PAD_Y = 2.5;
const HEADER_FILL = '#e4e9f0';
const STRIPE_FILL = '#f5f7fa';
const RULE = '#9aa5b4';
const TEXT = '#1b2330';

function tableWidth(table: Table): number {
  return table.columns.reduce((sum, column) => sum + column.width, 0);
}

/**
 * Height of one text line: room for Telugu vowel signs above and conjuncts below the baseline. Slightly under
 * the fonts' full ascent + descent, which reserve space for stacked accents that table text does not use.
 */
function lineHeight(size: number): { height: number; ascent: number } {
  const { ascent, descent } = lineMetrics('bold');
  return { height: (ascent + descent) * size * 0.92, ascent: ascent * size * 0.9 };
}

export function rowHeight(table: Table): number {
  return lineHeight(table.size).height + 2 * PAD_Y;
}

function headerLines(table: Table): string[][] {
  const style: TextStyle = { weight: 'bold', size: table.size };
  return table.columns.map((column) => wrapText(table.doc, column.header, column.width - 2 * PAD_X, style));
}

function drawHeader(table: Table, y: number, lines: string[][]): number {
  const { doc } = table;
  const line = lineHeight(table.size);
  const count = Math.max(1, ...lines.map((l) => l.length));
  const height = count * line.height + 2 * PAD_Y;
  doc.rect(table.x, y, tableWidth(table), height).fill(HEADER_FILL);
  let x = table.x;
  table.columns.forEach((column, i) => {
    const columnLines = lines[i] ?? [];
    // Bottom-align header texts so one-line and two-line headers share a baseline above the figures.
    const first = count - columnLines.length;
    columnLines.forEach((text, j) => {
      const baseline = y + PAD_Y + (first + j) * line.height + line.ascent;
      const cell = { x: x + PAD_X, width: column.width - 2 * PAD_X, baseline, align: column.align };
      // A single word wider than the column ("Неразпределени") shrinks rather than lose letters.
      drawInCell(doc, text, cell, { weight: 'bold', size: table.size, color: TEXT }, true);
    });
    x += column.width;
  });
  doc.moveTo(table.x, y + height).lineTo(table.x + tableWidth(table), y + height).lineWidth(0.6).stroke(RULE);
  return y + height;
}

function drawRow(table: Table, row: Row, y: number, stripe: boolean): void {
  const { doc } = table;
  const line = lineHeight(table.size);
  const height = rowHeight(table);
  if (stripe && !row.emphasis) doc.rect(table.x, y, tableWidth(table), height).fill(STRIPE_FILL);
  if (row.emphasis) {
    doc.moveTo(table.x, y).lineTo(table.x + tableWidth(table), y).lineWidth(0.6).stroke(RULE);
  }
  const style: TextStyle = { weight: row.emphasis ? 'bold' : 'regular', size: table.size, color: TEXT };
  let x = table.x;
  table.columns.forEach((column, i) => {
    const text = row.cells[i] ?? '';
    if (text !== '') {
      const width = column.align === 'left' ? spanWidth(table.columns, row, i) : column.width;
      const cell = { x: x + PAD_X, width: width - 2 * PAD_X, baseline: y + PAD_Y + line.ascent, align: column.align };
      drawInCell(doc, text, cell, style, column.numeric === true);
    }
    x += column.width;
  });
}

/** Like a spreadsheet, left-aligned text may run on into empty cells to its right ("Closing balance"). */
function spanWidth(columns: readonly Column[], row: Row, index: number): number {
  let width = columns[index]?.width ?? 0;
  for (let next = index + 1; next < columns.length && (row.cells[next] ?? '') === ''; next++) {
    width += columns[next]?.width ?? 0;
  }
  return width;
}

/** Draws the header and rows from y, breaking pages as needed; returns the y below the last row. */
export function drawTable(table: Table, rows: readonly Row[], startY: number): number {
  const lines = headerLines(table);
  const headerHeight = Math.max(1, ...lines.map((l) => l.length)) * lineHeight(table.size).height + 2 * PAD_Y;
  const height = rowHeight(table);
  let y = startY;
  // A header alone at the foot of a page is useless: move it on with its first row.
  if (y + headerHeight + height > table.bottom) y = table.newPage();
  y = drawHeader(table, y, lines);
  rows.forEach((row, i) => {
    if (y + height > table.bottom) {
      y = drawHeader(table, table.newPage(), lines);
    }
    drawRow(table, row, y, i % 2 === 1);
    y += height;
  });
  return y;
}
