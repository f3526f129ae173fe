// The shape of a dunning template set: ICU MessageFormat texts for one level in one language (issue #4, "Messages").
// Templates are data a tenant can override; the defaults live in ./templates/<language>.ts.

export type DunningLevel = 1 | 2 | 3 | 4;

export const DUNNING_LEVELS: readonly DunningLevel[] = [1, 2, 3, 4];

/**
 * One level's texts in one language. Every string is an ICU message over TEMPLATE_VARIABLES. The invoice list is
 * not part of the message: the paragraph (letter) or line (e-mail) `{invoiceTable}` marks where the renderer puts
 * the table of invoices with fees, interest and the total.
 */
export type TemplateSet = {
  subject: string;
  /** Plain text; paragraphs separated by blank lines; must contain `{invoiceTable}` once. */
  emailBody: string;
  letterTitle: string;
  /** Paragraphs of the letter; exactly one of them is `{invoiceTable}`. Line breaks inside a paragraph are kept. */
  letterBody: string[];
};

/**
 * What a template may refer to. Amounts and the deadline arrive already formatted in the customer's locale
 * (money never passes through a float, dates never through a time zone), so they are plain `{total}`, never
 * `{total, number}`; only `invoiceCount` is a number, for `{invoiceCount, plural, …}`.
 */
export const TEMPLATE_VARIABLES = {
  customerName: 'text',
  tenantName: 'text',
  invoiceCount: 'number',
  total: 'text',
  fees: 'text',
  interest: 'text',
  deadline: 'text',
  paymentReference: 'text',
  bankAccount: 'text',
  servicePhone: 'text',
  invoiceTable: 'table',
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

export const INVOICE_TABLE = '{invoiceTable}';

/** Builds a set whose e-mail and letter say the same thing, paragraph for paragraph. */
export function templateSet(subject: string, letterTitle: string, paragraphs: string[]): TemplateSet {
  return { subject, emailBody: paragraphs.join('\n\n'), letterTitle, letterBody: paragraphs };
}
