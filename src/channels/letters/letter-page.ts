// Page furniture of a dunning letter on A4: the tenant's letterhead, the address field of a DIN 5008 window
// envelope (20 mm from the left, 45 mm from the top, 85 × 45 mm, its upper 17.7 mm for postal endorsements such as
// "registered mail"), the reference block beside it, a running head on later pages and the footer.
import { type TextStyle, drawInCell, drawText, textWidth, truncate, wrapText } from '../pdf/pdf-text.js';

const MM = 72 / 25.4;

export const LETTER = {
  width: 595.28,
  height: 841.89,
  left: 20 * MM,
  right: 595.28 - 18 * MM,
  top: 12 * MM,
  /** Lowest y body content may reach, clear of the footer. */
  bottom: 841.89 - 19 * MM,
} as const;

export const LETTER_WIDTH = LETTER.right - LETTER.left;

const WINDOW = { x: 20 * MM, y: 45 * MM, width: 85 * MM, height: 45 * MM, endorsement: 17.7 * MM } as const;

export const INK = '#1b2330';
export const MUTED = '#5b6675';
const RULE = '#c3cad4';

export type LetterHead = {
  /** `subtitle`, `registration` and `accent` come from a named letterhead (issue #6); a tenant's own has none. */
  tenant: { name: string; address: string; email: string; phone: string; subtitle?: readonly string[]; registration?: string | null; accent?: string | null };
  customer: { name: string; address?: string | null | undefined };
  registeredMail: string | undefined;
  /** Label/value pairs beside the address field: date, customer number, reference, deadline. */
  facts: [string, string][];
  phoneLabel: string;
  emailLabel: string;
};

/** Pitch of short lines in the letterhead and address field; Telugu needs room above and below. */
function pitchOf(text: string, size: number): number {
  return /[\u0C00-\u0C7F]/.test(text) ? size * 1.5 : size * 1.3;
}

function lines(text: string | null | undefined): string[] {
  return (text ?? '').split(/\r?\n|,\s*(?=\S)/).map((line) => line.trim()).filter((line) => line !== '');
}

function rule(doc: PDFKit.PDFDocument, y: number): void {
  doc.moveTo(LETTER.left, y).lineTo(LETTER.right, y).lineWidth(0.7).stroke(RULE);
}

function drawRight(doc: PDFKit.PDFDocument, text: string, baseline: number, style: TextStyle, width: number): void {
  const shown = truncate(doc, text, width, style);
  drawText(doc, shown, LETTER.right - textWidth(doc, shown, style), baseline, style);
}

function letterhead(doc: PDFKit.PDFDocument, head: LetterHead): void {
  const half = LETTER_WIDTH / 2 - 8;
  const name: TextStyle = { weight: 'bold', size: 16, color: head.tenant.accent ?? INK };
  drawText(doc, truncate(doc, head.tenant.name, half, name), LETTER.left, LETTER.top + 18, name);
  const small: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  const address = [...(head.tenant.subtitle ?? []), ...lines(head.tenant.address)].slice(0, 4);
  const pitch = pitchOf(address.join(' '), small.size);
  address.forEach((line, i) => {
    drawText(doc, truncate(doc, line, half, small), LETTER.left, LETTER.top + 34 + i * pitch, small);
  });
  const contact = [`${head.phoneLabel}: ${head.tenant.phone}`, `${head.emailLabel}: ${head.tenant.email}`, ...(head.tenant.registration ? [head.tenant.registration] : [])];
  contact.forEach((line, i) => drawRight(doc, line, LETTER.top + 18 + i * pitchOf(line, small.size), small, half));
  // Four address lines at most fit above the rule, which stays where the window envelope's fold needs it.
  rule(doc, LETTER.top + 34 + 3 * 1.5 * small.size + 6);
}

/** The return address on one line, the endorsement, then the customer's name and address. */
function addressField(doc: PDFKit.PDFDocument, head: LetterHead): void {
  // The return address must show in the window whole if it can: it shrinks a little before it is cut.
  const returnLine = [head.tenant.name, ...lines(head.tenant.address)].join(' · ');
  const full = textWidth(doc, returnLine, { weight: 'regular', size: 7 });
  const sender: TextStyle = { weight: 'regular', size: Math.max(5.5, Math.min(7, (7 * WINDOW.width) / full)), color: MUTED };
  const shown = truncate(doc, returnLine, WINDOW.width, sender);
  const baseline = WINDOW.y + 10;
  drawText(doc, shown, WINDOW.x, baseline, sender);
  doc.moveTo(WINDOW.x, baseline + 2).lineTo(WINDOW.x + textWidth(doc, shown, sender), baseline + 2).lineWidth(0.4).stroke(MUTED);
  if (head.registeredMail) {
    const mark: TextStyle = { weight: 'bold', size: 10, color: INK };
    const width = textWidth(doc, head.registeredMail, mark);
    doc.rect(WINDOW.x - 3, WINDOW.y + 23, width + 6, 17).lineWidth(1).stroke(INK);
    drawText(doc, head.registeredMail, WINDOW.x, WINDOW.y + 36, mark);
  }
  const nameStyle: TextStyle = { weight: 'bold', size: 10.5, color: INK };
  const addressStyle: TextStyle = { weight: 'regular', size: 10, color: INK };
  let y = WINDOW.y + WINDOW.endorsement + 12;
  for (const line of wrapText(doc, head.customer.name, WINDOW.width, nameStyle).slice(0, 2)) {
    drawText(doc, truncate(doc, line, WINDOW.width, nameStyle), WINDOW.x, y, nameStyle);
    y += pitchOf(line, nameStyle.size);
  }
  for (const line of lines(head.customer.address).slice(0, 5)) {
    drawText(doc, truncate(doc, line, WINDOW.width, addressStyle), WINDOW.x, y, addressStyle);
    y += pitchOf(line, addressStyle.size);
  }
}

/** Label left, value right-aligned, in a column to the right of the address field. */
function facts(doc: PDFKit.PDFDocument, pairs: [string, string][]): void {
  const x = WINDOW.x + WINDOW.width + 22;
  const width = LETTER.right - x;
  const label: TextStyle = { weight: 'regular', size: 8.5, color: MUTED };
  const value: TextStyle = { weight: 'bold', size: 8.5, color: INK };
  let baseline = WINDOW.y + WINDOW.endorsement + 12;
  for (const [name, text] of pairs) {
    const shown = truncate(doc, text, width * 0.6, value);
    const valueWidth = textWidth(doc, shown, value);
    drawInCell(doc, name, { x, width: width - valueWidth - 6, baseline, align: 'left' }, label);
    drawText(doc, shown, LETTER.right - valueWidth, baseline, value);
    baseline += pitchOf(name, 8.5) + 2;
  }
}

/** Draws page one's furniture and returns the y where the title goes. */
export function drawFirstPage(doc: PDFKit.PDFDocument, head: LetterHead): number {
  letterhead(doc, head);
  addressField(doc, head);
  facts(doc, head.facts);
  return WINDOW.y + WINDOW.height + 8;
}

/** Later pages: whose letter this is, so loose pages can be matched up. */
export function drawRunningHead(doc: PDFKit.PDFDocument, left: string, right: string): number {
  const style: TextStyle = { weight: 'bold', size: 9, color: INK };
  const muted: TextStyle = { weight: 'regular', size: 9, color: MUTED };
  const half = LETTER_WIDTH / 2 - 6;
  drawInCell(doc, left, { x: LETTER.left, width: half, baseline: LETTER.top + 12, align: 'left' }, style);
  drawInCell(doc, right, { x: LETTER.right - half, width: half, baseline: LETTER.top + 12, align: 'right' }, muted);
  rule(doc, LETTER.top + 20);
  return LETTER.top + 34;
}

export function drawFooter(doc: PDFKit.PDFDocument, left: string, pageText: string): void {
  const style: TextStyle = { weight: 'regular', size: 7.5, color: MUTED };
  const y = LETTER.height - 12 * MM;
  rule(doc, y - 11);
  const pageWidth = textWidth(doc, pageText, style);
  drawText(doc, pageText, LETTER.right - pageWidth, y, style);
  drawInCell(doc, left, { x: LETTER.left, width: LETTER_WIDTH - pageWidth - 16, baseline: y, align: 'left' }, style);
}
