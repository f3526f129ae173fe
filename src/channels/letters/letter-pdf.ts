// Dunning letters (issue #4) as A4 PDFs in the customer's language: letterhead, window-envelope address with the
// registered-mail endorsement, title, the template's paragraphs with the invoice table and a payment box where
// {invoiceTable} stands, and page footers. Fonts, text drawing, tables and number formats are the statement's.
import PDFDocument from 'pdfkit';
import { registerFonts } from '../pdf/fonts.js';
import { type Column, type Row, drawTable } from '../pdf/pdf-table.js';
import { type TextStyle, textWidth, truncate } from '../pdf/pdf-text.js';
import { drawActualText } from './pdf-actual-text.js';
import { startDocument } from '../pdf/shared-layout-cache.js';
import { type DunningMessageInput, type PreparedMessage, prepareMessage } from './dunning-input.js';
import { formatTemplate } from './format-template.js';
import { type InvoiceTable, invoiceTable } from './invoice-rows.js';
import { INK, LETTER, LETTER_WIDTH, MUTED, drawFirstPage, drawFooter, drawRunningHead } from './letter-page.js';
import { INVOICE_TABLE } from './template-set.js';

export type DunningLetterPdfOptions = {
  /** Uncompressed content streams, so tests can inspect the PDF. */
  compress?: boolean;
};

const BODY: TextStyle = { weight: 'regular', size: 9.5, color: INK };
const TABLE_SIZE = 8.5;
const PARAGRAPH_GAP = 6;

/** Line pitch of text: Telugu's vowel signs above and conjuncts below need more room than Latin or Cyrillic. */
export function linePitch(text: string, size: number): number {
  return /[\u0C00-\u0C7F]/.test(text) ? size * 1.5 : size * 1.3;
}

type Flow = { doc: PDFKit.PDFDocument; y: number; newPage: () => number };

function ensure(flow: Flow, height: number): void {
  if (flow.y + height > LETTER.bottom) flow.y = flow.newPage();
}

/**
 * Greedy word wrap that breaks only at ordinary spaces: amounts, dates, references and phone numbers hold
 * no-break spaces (see `unbreakable`), so "1 045 304,38 EUR" or "RF63 2026 0041 3" never splits across lines.
 */
function wrapWords(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const source of text.split(/\r?\n/)) {
    let line = '';
    for (const word of source.split(/[ \t]+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && textWidth(doc, candidate, style) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** The values a reader must see whole, with their spaces made no-break for the letter (not for e-mail, where payers copy them). */
function unbreakable(prepared: PreparedMessage): PreparedMessage {
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

function paragraphLines(flow: Flow, text: string, style: TextStyle): { lines: string[]; pitch: number; height: number } {
  const lines = wrapWords(flow.doc, text, LETTER_WIDTH, style);
  const pitch = linePitch(text, style.size);
  return { lines, pitch, height: lines.length * pitch + PARAGRAPH_GAP };
}

/** Draws a paragraph; `keepWith` (the next paragraph's height) moves both to a new page rather than split them. */
function paragraph(flow: Flow, text: string, style: TextStyle = BODY, keepWith = 0): void {
  const { lines, pitch, height } = paragraphLines(flow, text, style);
  if (keepWith > 0 && flow.y + height + keepWith > LETTER.bottom && flow.y + height <= LETTER.bottom) {
    flow.y = flow.newPage();
  }
  for (const line of lines) {
    ensure(flow, pitch);
    flow.y += pitch;
    drawActualText(flow.doc, truncate(flow.doc, line, LETTER_WIDTH, style), LETTER.left, flow.y - pitch * 0.28, style);
  }
  flow.y += PARAGRAPH_GAP;
}

function columns(table: InvoiceTable): Column[] {
  const fixed: Column[] = [
    // Sized for "31.12.2026 г." and "12,34,56,789.00"; headers such as "Days past due" wrap onto two lines.
    { header: table.headers[1], width: 66, align: 'left' },
    { header: table.headers[2], width: 66, align: 'left' },
    { header: table.headers[3], width: 76, align: 'right', numeric: true },
    { header: table.headers[4], width: 96, align: 'right', numeric: true },
  ];
  const rest = LETTER_WIDTH - fixed.reduce((sum, column) => sum + column.width, 0);
  return [{ header: table.headers[0], width: rest, align: 'left' }, ...fixed];
}

function tableRows(table: InvoiceTable): Row[] {
  return [
    ...table.rows.map((cells) => ({ cells })),
    ...table.summary.map((line) => ({ cells: [line.label, '', '', '', line.amount], emphasis: line.total })),
  ];
}

/** Amount and account on the left, reference and deadline on the right, in a shaded box kept on one page. */
function paymentBox(flow: Flow, prepared: PreparedMessage): void {
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
  drawActualText(doc, labels.paymentDetails, LETTER.left + 10, top + 15, { weight: 'bold', size: 10, color: INK });
  const half = (LETTER_WIDTH - 20) / 2;
  columns.forEach((pairs, c) => {
    const x = LETTER.left + 10 + c * (half + 10);
    const labelWidth = Math.min(half * 0.5, Math.max(...pairs.map(([name]) => textWidth(doc, name, label))) + 10);
    pairs.forEach(([name, value, style], i) => {
      const baseline = top + 17 + (i + 1) * pitch;
      drawActualText(doc, truncate(doc, name, labelWidth - 6, label), x, baseline, label);
      drawActualText(doc, truncate(doc, value, half - labelWidth - 10, style), x + labelWidth, baseline, style);
    });
  });
  flow.y = top + height + 10;
}

export async function renderDunningLetterPdf(input: DunningMessageInput, options: DunningLetterPdfOptions = {}): Promise<Buffer> {
  const prepared = unbreakable(prepareMessage(input));
  const { labels } = prepared;
  const title = formatTemplate(prepared.templates.letterTitle, prepared).replace(/[ \t\r\n]+/g, ' ').trim();
  // Formatted before the document exists, so a template error never leaves half a PDF behind.
  const paragraphs = prepared.templates.letterBody.map((text) =>
    (text.trim() === INVOICE_TABLE ? INVOICE_TABLE : formatTemplate(text, prepared)));
  const doc = new PDFDocument({
    size: 'A4',
    margin: LETTER.left,
    bufferPages: true,
    compress: options.compress ?? true,
    // See statement-pdf.ts: every text selects a registered face, so no default font is parsed.
    font: null as unknown as string,
    lang: prepared.locale,
    info: { Title: `${title} – ${input.customer.name}`, Author: input.tenant.name, Subject: input.paymentReference },
  });
  const done = collect(doc);
  startDocument();
  registerFonts(doc);

  const m = labels.statement;
  const facts: [string, string][] = [
    [labels.date, prepared.date(input.date)],
    ...(input.customer.customerRef ? [[labels.customerRef, input.customer.customerRef] as [string, string]] : []),
    [labels.paymentReference, String(prepared.values.paymentReference)],
    [labels.payBy, String(prepared.values.deadline)],
  ];
  const titleY = drawFirstPage(doc, {
    tenant: input.tenant,
    customer: input.customer,
    registeredMail: input.registeredMail ? labels.registeredMail : undefined,
    facts,
    phoneLabel: m.phone,
    emailLabel: m.email,
  });
  const running = `${input.customer.name} (${m.continued})`;
  const flow: Flow = {
    doc,
    y: titleY,
    newPage: () => {
      doc.addPage();
      return drawRunningHead(doc, input.tenant.name, running);
    },
  };
  paragraph(flow, title, { weight: 'bold', size: 14, color: INK });
  const table = invoiceTable(input, prepared);
  for (const [i, text] of paragraphs.entries()) {
    if (text !== INVOICE_TABLE) {
      // The closing (the last paragraph) never stands alone on a page: it takes the paragraph before it along.
      const next = i === paragraphs.length - 2 ? paragraphs[i + 1] : undefined;
      paragraph(flow, text, BODY, next === undefined ? 0 : paragraphLines(flow, next, BODY).height);
      continue;
    }
    flow.y = drawTable({
      doc, x: LETTER.left, columns: columns(table), bottom: LETTER.bottom, newPage: flow.newPage, size: TABLE_SIZE,
    }, tableRows(table), flow.y + 2);
    paymentBox(flow, prepared);
  }

  const range = doc.bufferedPageRange();
  const footer = [input.tenant.name, `${m.phone} ${input.servicePhone ?? input.tenant.phone}`, input.tenant.email].join(' · ');
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    drawFooter(doc, footer, m.page(i + 1, range.count));
  }
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
