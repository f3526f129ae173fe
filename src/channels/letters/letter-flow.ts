// The running text of a dunning letter: paragraphs wrapped only where a break does no harm, page breaks that keep
// the closing with its paragraph, and the payment box.
import { type TextStyle, drawText, textWidth, truncate, wordWidth } from '../pdf/pdf-text.js';
import type { PreparedMessage } from './dunning-input.js';
import { INK, LETTER, LETTER_WIDTH, MUTED } from './letter-page.js';

export const BODY: TextStyle = { weight: 'regular', size: 9.5, color: INK };
const PARAGRAPH_GAP = 6;

/** Line pitch of text: Telugu's vowel signs above and conjuncts below need more room than Latin or Cyrillic. */
export function linePitch(text: string, size: number): number {
  return /[\u0C00-\u0C7F]/.test(text) ? size * 1.5 : size * 1.3;
}

/** Where the next line goes, and how to continue on a new page. */
export type Flow = { doc: PDFKit.PDFDocument; y: number; newPage: () => number };

export function ensure(flow: Flow, height: number): void {
  if (flow.y + height > LETTER.bottom) flow.y = flow.newPage();
}

/**
 * Greedy word wrap that breaks only at ordinary spaces: amounts, dates, references and phone numbers hold
 * no-break spaces (see `unbreakable`), so "1 045 304,38 EUR" or "RF63 2026 0041 3" never splits across lines.
 */
function wrapWords(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string[] {
  // Each word is measured once and lines add up word widths: shaping a growing line again for every word made
  // Telugu letters several times slower. Kerning across a space is nil in Noto, so the sum is the line's width.
  const space = textWidth(doc, ' ', style);
  const lines: string[] = [];
  for (const source of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of source.split(/[ \t]+/).filter((w) => w !== '')) {
      const measured = wordWidth(doc, word, style);
      if (line !== '' && lineWidth + space + measured > width) {
        lines.push(line);
        line = word;
        lineWidth = measured;
      } else if (line === '') {
        line = word;
        lineWidth = measured;
      } else {
        line = `${line} ${word}`;
        lineWidth += space + measured;
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

export function paragraphLines(flow: Flow, text: string, style: TextStyle): { lines: string[]; pitch: number; height: number } {
  const lines = wrapWords(flow.doc, text, LETTER_WIDTH, style);
  const pitch = linePitch(text, style.size);
  return { lines, pitch, height: lines.length * pitch + PARAGRAPH_GAP };
}

/** Draws a paragraph; `keepWith` (the next paragraph's height) moves both to a new page rather than split them. */
export function paragraph(flow: Flow, text: string, style: TextStyle = BODY, keepWith = 0): void {
  const { lines, pitch, height } = paragraphLines(flow, text, style);
  if (keepWith > 0 && flow.y + height + keepWith > LETTER.bottom && flow.y + height <= LETTER.bottom) {
    flow.y = flow.newPage();
  }
  for (const line of lines) {
    ensure(flow, pitch);
    flow.y += pitch;
    drawText(flow.doc, truncate(flow.doc, line, LETTER_WIDTH, style), LETTER.left, flow.y - pitch * 0.28, style);
  }
  flow.y += PARAGRAPH_GAP;
}

/**
 * The values a reader must see whole, with their spaces made no-break for the letter (not for e-mail, where payers
 * copy them into their bank and a no-break space could be refused).
 */
export function unbreakable(prepared: PreparedMessage): PreparedMessage {
  const keep = (value: string | number) => (typeof value === 'string' ? value.replace(/ /g, '\u00a0') : value);
  const { values } = prepared;
  return {
    ...prepared,
    values: {
      ...values,
      total: keep(values.total), fees: keep(values.fees), interest: keep(values.interest), deadline: keep(values.deadline),
      paymentReference: keep(values.paymentReference), bankAccount: keep(values.bankAccount),
      servicePhone: keep(values.servicePhone),
    },
  };
}

/** Amount and account on the left, reference and deadline on the right, in a shaded box kept on one page. */
export function paymentBox(flow: Flow, prepared: PreparedMessage): void {
  const { labels, values } = prepared;
  const columns: [string, string, TextStyle][][] = [
    [
      [labels.totalDue, String(values.total), { weight: 'bold', size: 11, color: INK }],
      ...(values.bankAccount === '' ? [] : [[labels.bankAccount, String(values.bankAccount), { weight: 'regular', size: 9.5, color: INK }] as [string, string, TextStyle]]),
    ],
    [
      [labels.paymentReference, String(values.paymentReference), { weight: 'bold', size: 9.5, color: INK }],
      [labels.payBy, String(values.deadline), { weight: 'bold', size: 9.5, color: INK }],
    ],
  ];
  const label: TextStyle = { weight: 'regular', size: 9, color: MUTED };
  const allLabels = columns.flat().map(([name]) => name).join(' ');
  const pitch = Math.max(15, linePitch(allLabels, 10.5));
  const height = 24 + 2 * pitch;
  ensure(flow, height + 12);
  const { doc } = flow;
  const top = flow.y + 6;
  doc.rect(LETTER.left, top, LETTER_WIDTH, height).fillAndStroke('#f3f6fa', '#c3cad4');
  drawText(doc, labels.paymentDetails, LETTER.left + 10, top + 15, { weight: 'bold', size: 10, color: INK });
  const half = (LETTER_WIDTH - 20) / 2;
  columns.forEach((pairs, c) => {
    const x = LETTER.left + 10 + c * (half + 10);
    const labelWidth = Math.min(half * 0.5, Math.max(...pairs.map(([name]) => textWidth(doc, name, label))) + 10);
    pairs.forEach(([name, value, style], i) => {
      const baseline = top + 17 + (i + 1) * pitch;
      drawText(doc, truncate(doc, name, labelWidth - 6, label), x, baseline, label);
      drawText(doc, truncate(doc, value, half - labelWidth - 10, style), x + labelWidth, baseline, style);
    });
  });
  flow.y = top + height + 10;
}
