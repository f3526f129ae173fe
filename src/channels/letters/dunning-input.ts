// What a dunning communication says, independent of channel: one customer, one currency, one level, all its
// invoices due for that level (issue #4: "one communication per customer and currency lists all its invoices").
import type { BusinessDate } from '../../domain/dates.js';
import { sum } from '../../domain/money.js';
import { formatPaymentReference } from '../../domain/payment-reference.js';
import { formatDate } from '../pdf/locale-format.js';
import { statementMessages } from '../pdf/statement-messages.js';
import { type LetterLabels, letterLabels } from './letter-labels.js';
import type { PrintedLetterhead } from './letterhead.js';
import { formatMoneyWithCurrency } from './money-text.js';
import { type DunningLevel, type TemplateSet, type TemplateVariable } from './template-set.js';
import { type TemplateOverrides, resolveTemplates, templateLanguage } from './templates.js';

export type DunningInvoice = {
  number: string;
  issueDate: BusinessDate;
  dueDate: BusinessDate;
  daysPastDue: number;
  /** Open amount in minor units of the communication's currency. */
  open: bigint;
};

export type DunningMessageInput = {
  tenant: {
    name: string;
    /** Postal address, lines separated by "\n". */
    address: string;
    email: string;
    phone: string;
    bankAccount?: string | null;
    /** The tenant's own language: the second choice after the customer's. */
    language?: string | null;
  };
  customer: {
    name: string;
    /** BCP 47 tag ("nb-NO", "te"); decides the template language and the number and date formats. */
    language: string;
    /** Postal address, lines separated by "\n"; printed in the envelope window. */
    address?: string | null;
    customerRef?: string | null;
  };
  level: DunningLevel;
  currency: string;
  /** The date printed on the letter (today in the tenant's zone, computed at the edge). */
  date: BusinessDate;
  invoices: DunningInvoice[];
  fees: bigint;
  interest: bigint;
  /** Sum of the open amounts, fees and interest; checked, so a letter never adds up wrong. */
  total: bigint;
  deadline: BusinessDate;
  /** Electronic form ("RF18539007547034", a KID or OCR); printed in groups of four when it is an RF reference. */
  paymentReference: string;
  registeredMail: boolean;
  /** Customer-service phone named in the texts; the tenant's phone when absent. */
  servicePhone?: string | null;
  /** The tenant's templates for this level, by language. */
  templates?: TemplateOverrides;
  /** The letterhead the letter prints on (issue #6 agency mode); absent: the tenant's name and address. */
  letterhead?: PrintedLetterhead;
};

/** Everything a channel needs, decided once: language, locale, labels, texts and the formatted variables. */
export type PreparedMessage = {
  language: string;
  locale: string;
  labels: LetterLabels;
  templates: TemplateSet;
  values: Record<Exclude<TemplateVariable, 'invoiceTable'>, string | number>;
  money: (minor: bigint) => string;
  date: (date: BusinessDate) => string;
};

/**
 * Intl locale for a template language: the customer's own tag when it is that language with a region ("en-US"
 * prints US dates), else the statement's locale for the language ("nb" → "nb-NO"), else the language itself.
 */
function localeFor(language: string, customerTag: string): string {
  if (templateLanguage(customerTag) === language && customerTag.includes('-')) {
    try {
      return Intl.getCanonicalLocales(customerTag)[0] ?? language;
    } catch {
      // An invalid tag from a customer record must not stop the letter: fall through.
    }
  }
  const known = statementMessages(language);
  return templateLanguage(known.locale) === language ? known.locale : language;
}

function checkInput(input: DunningMessageInput): void {
  if (input.invoices.length === 0) throw new Error('a dunning message needs at least one invoice');
  const expected = sum(input.invoices.map((invoice) => invoice.open)) + input.fees + input.interest;
  if (expected !== input.total) {
    throw new Error(`total ${input.total} does not equal the open amounts plus fees and interest (${expected})`);
  }
}

export function prepareMessage(input: DunningMessageInput): PreparedMessage {
  checkInput(input);
  const resolved = resolveTemplates(input.level, [input.customer.language, input.tenant.language], input.templates);
  const locale = localeFor(resolved.language, input.customer.language);
  const money = (minor: bigint) => formatMoneyWithCurrency(minor, input.currency, locale);
  const date = (value: BusinessDate) => formatDate(value, locale);
  return {
    language: resolved.language,
    locale,
    labels: letterLabels(resolved.language),
    templates: resolved.templates,
    money,
    date,
    values: {
      customerName: input.customer.name,
      tenantName: input.tenant.name,
      invoiceCount: input.invoices.length,
      total: money(input.total),
      fees: money(input.fees),
      interest: money(input.interest),
      deadline: date(input.deadline),
      paymentReference: formatPaymentReference(input.paymentReference),
      bankAccount: input.tenant.bankAccount ?? '',
      servicePhone: input.servicePhone ?? input.tenant.phone,
    },
  };
}
