// Page furniture for the placement documents (agency case file, small-claims pack): a title block, sections of
// facts, paragraphs and tables flowing over pages with a running head, and "page N/M" footers. Text goes through the
// statement's shaping helpers (Noto faces, Telugu and Cyrillic), never pdfkit's own text layout.
import { type Column, type Row, drawTable } from './pdf-table.js';
import { type TextStyle, drawInCell, drawText, textWidth, truncate, wrapText } from './pdf-text.js';
import { BODY_BOTTOM, CONTENT_WIDTH, PAGE } from './statement-page.js';

export { CONTENT_WIDTH, PAGE } from './statement-page.js';

const INK = '#1b2330';
const MUTED = '#5b6675';
const RULE = '#c3cad4';

export type Flow = { doc: PDFKit.PDFDocument; y: number; runningHead: string };

function rule(doc: PDFKit.PDFDocument, y: number): void {
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.width - PAGE.margin, y).lineWidth(0.7).stroke(RULE);
}

/** Opens the next page with a one-line running head; returns the y below it. */
export function nextPage(flow: Flow): number {
  flow.doc.addPage();
  const style: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  drawInCell(flow.doc, flow.runningHead, { x: PAGE.margin, width: CONTENT_WIDTH, baseline: PAGE.margin + 10, align: 'left' }, style);
  rule(flow.doc, PAGE.margin + 18);
  flow.y = PAGE.margin + 28;
  return flow.y;
}

function room(flow: Flow, height: number): void {
  if (flow.y + height > BODY_BOTTOM) nextPage(flow);
}

/** Page one: the sender's name and contact lines left, the title and its facts right. */
export function titleBlock(flow: Flow, sender: { name: string; lines: string[] }, title: string, facts: [string, string][]): void {
  const { doc } = flow;
  const half = CONTENT_WIDTH / 2 - 10;
  const top = PAGE.margin;
  const name: TextStyle = { weight: 'bold', size: 14, color: INK };
  drawText(doc, truncate(doc, sender.name, half, name), PAGE.margin, top + 14, name);
  const small: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  let left = top + 30;
  for (const line of sender.lines.flatMap((l) => wrapText(doc, l, half, small)).slice(0, 6)) {
    drawText(doc, truncate(doc, line, half, small), PAGE.margin, left, small);
    left += 12;
  }
  const titleStyle: TextStyle = { weight: 'bold', size: 16, color: INK };
  const shown = truncate(doc, title, half, titleStyle);
  const right = PAGE.width - PAGE.margin;
  drawText(doc, shown, right - textWidth(doc, shown, titleStyle), top + 15, titleStyle);
  let baseline = top + 33;
  const value: TextStyle = { weight: 'bold', size: 8.5, color: INK };
  for (const [label, text] of facts) {
    const v = truncate(doc, text, half * 0.6, value);
    const width = textWidth(doc, v, value);
    drawText(doc, v, right - width, baseline, value);
    drawInCell(doc, `${label}:`, { x: right - half, width: half - width - 6, baseline, align: 'right' }, small);
    baseline += 12;
  }
  flow.y = Math.max(left, baseline) + 4;
  rule(doc, flow.y);
  flow.y += 8;
}

export function section(flow: Flow, heading: string): void {
  room(flow, 48);
  const style: TextStyle = { weight: 'bold', size: 11, color: INK };
  drawText(flow.doc, heading, PAGE.margin, flow.y + 14, style);
  flow.y += 22;
}

/** Label: value lines in two columns of labels and values. */
export function facts(flow: Flow, pairs: readonly [string, string][]): void {
  const label: TextStyle = { weight: 'regular', size: 9, color: MUTED };
  const value: TextStyle = { weight: 'regular', size: 9, color: INK };
  const labelWidth = 150;
  for (const [name, text] of pairs) {
    const lines = wrapText(flow.doc, text === '' ? '–' : text, CONTENT_WIDTH - labelWidth, value);
    room(flow, 12 * lines.length + 2);
    drawInCell(flow.doc, name, { x: PAGE.margin, width: labelWidth - 8, baseline: flow.y + 9, align: 'left' }, label);
    for (const line of lines) {
      drawInCell(flow.doc, line, { x: PAGE.margin + labelWidth, width: CONTENT_WIDTH - labelWidth, baseline: flow.y + 9, align: 'left' }, value);
      flow.y += 12;
    }
  }
  flow.y += 4;
}

export function paragraph(flow: Flow, text: string, style: TextStyle = { weight: 'regular', size: 9, color: INK }): void {
  for (const line of wrapText(flow.doc, text, CONTENT_WIDTH, style)) {
    room(flow, 13);
    drawText(flow.doc, line, PAGE.margin, flow.y + 9, style);
    flow.y += 12.5;
  }
  flow.y += 4;
}

/** A log entry: a bold head line, then its text wrapped in full (notes must never be cut off in a case file). */
export function entry(flow: Flow, head: string, body: string): void {
  room(flow, 26);
  const headStyle: TextStyle = { weight: 'bold', size: 8.5, color: INK };
  drawInCell(flow.doc, head, { x: PAGE.margin, width: CONTENT_WIDTH, baseline: flow.y + 9, align: 'left' }, headStyle);
  flow.y += 11.5;
  const style: TextStyle = { weight: 'regular', size: 8.5, color: INK };
  for (const line of wrapText(flow.doc, body, CONTENT_WIDTH - 12, style)) {
    room(flow, 12);
    drawText(flow.doc, line, PAGE.margin + 12, flow.y + 9, style);
    flow.y += 11.5;
  }
  flow.y += 3;
}

/** A table that carries on over pages; `empty` is printed instead of an empty table. */
export function table(flow: Flow, columns: Column[], rows: readonly Row[], empty: string): void {
  if (rows.length === 0) {
    paragraph(flow, empty, { weight: 'regular', size: 9, color: MUTED });
    return;
  }
  flow.y = drawTable({ doc: flow.doc, x: PAGE.margin, columns, bottom: BODY_BOTTOM, newPage: () => nextPage(flow), size: 8 }, rows, flow.y) + 10;
}

/** Column widths as shares of the content width. */
export function columns(spec: readonly [string, number, 'left' | 'right'][]): Column[] {
  const total = spec.reduce((s, [, share]) => s + share, 0);
  return spec.map(([header, share, align]) => ({ header, width: (CONTENT_WIDTH * share) / total, align, numeric: align === 'right' }));
}

/** Footers once the page count is known. */
export function footers(doc: PDFKit.PDFDocument, left: string, page: (n: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  const style: TextStyle = { weight: 'regular', size: 8, color: MUTED };
  const y = PAGE.height - PAGE.margin - 10;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    rule(doc, y - 12);
    const text = page(i + 1, range.count);
    const width = textWidth(doc, text, style);
    drawText(doc, text, PAGE.width - PAGE.margin - width, y, style);
    drawInCell(doc, left, { x: PAGE.margin, width: CONTENT_WIDTH - width - 20, baseline: y, align: 'left' }, style);
  }
}
