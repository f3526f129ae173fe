// Renders a dunning e-mail: subject, plain text and HTML in the customer's language (issue #4, "Messages"). The
// invoice table goes where the template's {invoiceTable} stands.
import { type DunningMessageInput, prepareMessage } from './dunning-input.js';
import { escapeHtml, htmlTable, plainTable } from './email-table.js';
import { formatTemplate } from './format-template.js';
import { invoiceTable } from './invoice-rows.js';

export type { DunningInvoice, DunningMessageInput } from './dunning-input.js';

export type DunningMessage = { language: string; subject: string; text: string; html: string };

/** Stands in for the table while the template is formatted; private-use characters no template contains. */
const TABLE_MARK = '\uE000invoice-table\uE000';

function htmlParagraphs(text: string): string {
  return text.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p style="margin:0 0 12px;">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('\n');
}

export function renderDunningMessage(input: DunningMessageInput): DunningMessage {
  const prepared = prepareMessage(input);
  const table = invoiceTable(input, prepared);
  const subject = formatTemplate(prepared.templates.subject, prepared).replace(/[ \t\r\n]+/g, ' ').trim();
  const body = formatTemplate(prepared.templates.emailBody, prepared, TABLE_MARK);
  // Validated templates hold {invoiceTable} exactly once; an unvalidated one without it gets the table at the end.
  const [before = '', ...rest] = body.split(TABLE_MARK);
  const after = rest.join('');
  const hasMark = rest.length > 0;
  const text = hasMark ? `${before}${plainTable(table)}${after}` : `${before}\n\n${plainTable(table)}\n`;
  const html = '<!DOCTYPE html>\n'
    + `<html lang="${escapeHtml(prepared.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n`
    + '<body style="font-family:Arial,\'Noto Sans\',\'Noto Sans Telugu\',sans-serif;font-size:14px;color:#1b2330;'
    + 'line-height:1.5;">\n'
    + `${htmlParagraphs(before)}\n${htmlTable(table)}\n${htmlParagraphs(after)}\n</body></html>\n`;
  return { language: prepared.language, subject, text, html };
}
