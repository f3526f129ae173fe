// Dunning letters (issue #4) as A4 PDFs in the customer's language: letterhead, window-envelope address with the
// registered-mail endorsement, title, the template's paragraphs with the invoice table and a payment box where
// {invoiceTable} stands, and page footers. Fonts, text drawing, tables and number formats are the statement's.
import { type Column, type Row, drawTable } from '../pdf/pdf-table.js';
import { openA4Document } from '../pdf/a4-document.js';
import { type DunningMessageInput, prepareMessage } from './dunning-input.js';
import { formatTemplate } from './format-template.js';
import { type InvoiceTable, invoiceTable } from './invoice-rows.js';
import { BODY, type Flow, paragraph, paragraphLines, paymentBox, unbreakable } from './letter-flow.js';
import { INK, LETTER, LETTER_WIDTH, drawFirstPage, drawFooter, drawRunningHead } from './letter-page.js';
import { INVOICE_TABLE } from './template-set.js';

export type DunningLetterPdfOptions = {
  /** Uncompressed content streams, so tests can inspect the PDF. */
  compress?: boolean;
};

const TABLE_SIZE = 8.5;

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

export async function renderDunningLetterPdf(input: DunningMessageInput, options: DunningLetterPdfOptions = {}): Promise<Buffer> {
  const prepared = unbreakable(prepareMessage(input));
  const { labels } = prepared;
  const title = formatTemplate(prepared.templates.letterTitle, prepared).replace(/[ \t\r\n]+/g, ' ').trim();
  // Formatted before the document exists, so a template error never leaves half a PDF behind.
  const paragraphs = prepared.templates.letterBody.map((text) =>
    (text.trim() === INVOICE_TABLE ? INVOICE_TABLE : formatTemplate(text, prepared)));
  const { doc, done } = openA4Document({
    margin: LETTER.left, compress: options.compress ?? true, lang: prepared.locale,
    info: { Title: `${title} – ${input.customer.name}`, Author: input.tenant.name, Subject: input.paymentReference },
  });

  const m = labels.statement;
  const facts: [string, string][] = [
    [labels.date, prepared.date(input.date)],
    ...(input.customer.customerRef ? [[labels.customerRef, input.customer.customerRef] as [string, string]] : []),
    [labels.paymentReference, String(prepared.values.paymentReference)],
    [labels.payBy, String(prepared.values.deadline)],
  ];
  // issue #6: a named letterhead (a client organisation's, a law firm's) replaces the tenant's own lines.
  const head = input.letterhead;
  const sender = head
    ? { name: head.name, address: head.address, email: head.email, phone: head.phone, subtitle: head.subtitle, registration: head.registration, accent: head.accent }
    : input.tenant;
  const titleY = drawFirstPage(doc, {
    tenant: sender,
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
      return drawRunningHead(doc, sender.name, running);
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
  const footer = head?.footer ?? [sender.name, `${m.phone} ${input.servicePhone ?? sender.phone}`, sender.email].join(' · ');
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    drawFooter(doc, footer, m.page(i + 1, range.count));
  }
  doc.end();
  return done;
}
