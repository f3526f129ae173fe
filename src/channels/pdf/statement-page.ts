// Page furniture of a statement: the letterhead on page one, a running head on later pages, page footers.
import { type TextStyle, drawInCell, drawText, textWidth, truncate, wrapText } from './pdf-text.js';
import type { StatementMessages } from './statement-messages.js';

export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y body content may reach, clear of the footer rule 22 pt above the bottom margin. */
export const BODY_BOTTOM = PAGE.height - PAGE.margin - 34;

const INK = '#1b2330';
const MUTED = '#5b6675';
const RULE = '#c3cad4';

export type Letterhead = {
  tenant: { name: string; email?: string | null | undefined; phone?: string | null | undefined; address?: string | null | undefined };
  customer: { name: string; customerRef: string };
  currency: string;
  statementDate: string;
  subtitle: string;
  balanceDue: string;
};

function rule(doc: PDFKit.PDFDocument, y: number, color = RULE): void {
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.width - PAGE.margin, y).lineWidth(0.7).stroke(color);
}

/** Draws label/value pairs right-aligned against the right margin; returns the y below them. */
function metaBlock(doc: PDFKit.PDFDocument, pairs: [string, string][], top: number, width: number): number {
  const label: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  const value: TextStyle = { weight: 'bold', size: 8.5, color: INK };
  const right = PAGE.width - PAGE.margin;
  let baseline = top;
  for (const [name, text] of pairs) {
    const shown = truncate(doc, text, width * 0.55, value);
    const valueWidth = textWidth(doc, shown, value);
    drawText(doc, shown, right - valueWidth, baseline, value);
    drawInCell(doc, `${name}:`, { x: right - width, width: width - valueWidth - 6, baseline, align: 'right' }, label);
    baseline += 13;
  }
  return baseline;
}

/** Page one: tenant letterhead left, title and statement facts right, then the customer and amount due. */
export function drawLetterhead(doc: PDFKit.PDFDocument, head: Letterhead, m: StatementMessages): number {
  const left = PAGE.margin;
  const half = CONTENT_WIDTH / 2 - 10;
  const top = PAGE.margin;

  const nameStyle: TextStyle = { weight: 'bold', size: 15, color: INK };
  drawText(doc, truncate(doc, head.tenant.name, half, nameStyle), left, top + 14, nameStyle);
  const small: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  const contact = [
    ...(head.tenant.address ? wrapText(doc, head.tenant.address, half, small) : []),
    ...(head.tenant.email ? [`${m.email}: ${head.tenant.email}`] : []),
    ...(head.tenant.phone ? [`${m.phone}: ${head.tenant.phone}`] : []),
  ];
  let leftY = top + 32;
  for (const line of contact.slice(0, 8)) {
    drawText(doc, truncate(doc, line, half, small), left, leftY, small);
    leftY += 12;
  }

  const titleStyle: TextStyle = { weight: 'bold', size: 17, color: INK };
  const title = truncate(doc, m.statementOfAccount, half, titleStyle);
  drawText(doc, title, PAGE.width - PAGE.margin - textWidth(doc, title, titleStyle), top + 15, titleStyle);
  const rightY = metaBlock(doc, [
    [m.statementDate, head.statementDate],
    [m.customerRef, head.customer.customerRef],
    [m.currency, head.currency],
  ], top + 34, half);

  let y = Math.max(leftY, rightY) + 4;
  rule(doc, y);
  y += 10;

  drawText(doc, m.customer, left, y + 9, small);
  const customerStyle: TextStyle = { weight: 'bold', size: 12, color: INK };
  drawText(doc, truncate(doc, head.customer.name, half, customerStyle), left, y + 25, customerStyle);

  const dueLabel: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  const dueStyle: TextStyle = { weight: 'bold', size: 13, color: INK };
  const due = `${head.currency} ${head.balanceDue}`;
  const right = PAGE.width - PAGE.margin;
  drawText(doc, m.balanceDue, right - textWidth(doc, m.balanceDue, dueLabel), y + 9, dueLabel);
  drawText(doc, due, right - textWidth(doc, due, dueStyle), y + 25, dueStyle);

  y += 44;
  const subtitleStyle: TextStyle = { weight: 'bold', size: 10.5, color: INK };
  drawText(doc, truncate(doc, head.subtitle, CONTENT_WIDTH, subtitleStyle), left, y + 11, subtitleStyle);
  return y + 22;
}

/** Later pages: a one-line reminder of whose statement this is, so loose pages can be matched up. */
export function drawRunningHead(doc: PDFKit.PDFDocument, tenantName: string, customerName: string, m: StatementMessages): number {
  const style: TextStyle = { weight: 'bold', size: 9, color: INK };
  const muted: TextStyle = { weight: 'regular', size: 9, color: MUTED };
  const top = PAGE.margin;
  drawInCell(doc, tenantName, { x: PAGE.margin, width: CONTENT_WIDTH / 2 - 10, baseline: top + 10, align: 'left' }, style);
  const text = `${m.statementOfAccount} – ${customerName} (${m.continued})`;
  drawInCell(doc, text, { x: PAGE.width / 2, width: CONTENT_WIDTH / 2, baseline: top + 10, align: 'right' }, muted);
  rule(doc, top + 18);
  return top + 28;
}

/** Footer on every page, drawn once the page count is known. */
export function drawFooter(
  doc: PDFKit.PDFDocument, page: number, pages: number, left: string, m: StatementMessages,
): void {
  const style: TextStyle = { weight: 'regular', size: 8, color: MUTED };
  const y = PAGE.height - PAGE.margin - 10;
  rule(doc, y - 12);
  const pageText = m.page(page, pages);
  const pageWidth = textWidth(doc, pageText, style);
  drawText(doc, pageText, PAGE.width - PAGE.margin - pageWidth, y, style);
  drawInCell(doc, left, { x: PAGE.margin, width: CONTENT_WIDTH - pageWidth - 20, baseline: y, align: 'left' }, style);
}
