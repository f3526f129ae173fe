// Fixed texts of dunning letters and e-mails outside the tenant's templates: the registered-mail marker, the
// table's total rows and the payment box. Column headers, "Phone", "Page" and locales come from the statement's
// messages, so a statement and a letter of the same tenant say the same thing.
import { type StatementMessages, statementMessages } from '../pdf/statement-messages.js';
import { templateLanguage } from './templates.js';

export type LetterLabels = {
  registeredMail: string;
  invoice: string;
  subtotal: string;
  fees: string;
  interest: string;
  totalDue: string;
  paymentDetails: string;
  bankAccount: string;
  paymentReference: string;
  payBy: string;
  customerRef: string;
  date: string;
  statement: StatementMessages;
};

type Own = Omit<LetterLabels, 'statement' | 'customerRef' | 'date'>;

const OWN: Readonly<Record<string, Own>> = {
  en: {
    registeredMail: 'REGISTERED MAIL', invoice: 'Invoice', subtotal: 'Subtotal', fees: 'Reminder fees',
    interest: 'Late-payment interest', totalDue: 'Total due', paymentDetails: 'Payment details',
    bankAccount: 'Account', paymentReference: 'Payment reference', payBy: 'Pay by',
  },
  nb: {
    registeredMail: 'REKOMMANDERT', invoice: 'Faktura', subtotal: 'Sum fakturaer', fees: 'Purregebyr',
    interest: 'Forsinkelsesrente', totalDue: 'Å betale', paymentDetails: 'Betalingsinformasjon',
    bankAccount: 'Kontonummer', paymentReference: 'Betalingsreferanse', payBy: 'Betalingsfrist',
  },
  sv: {
    registeredMail: 'REKOMMENDERAT', invoice: 'Faktura', subtotal: 'Summa fakturor', fees: 'Påminnelseavgift',
    interest: 'Dröjsmålsränta', totalDue: 'Att betala', paymentDetails: 'Betalningsuppgifter',
    bankAccount: 'Konto', paymentReference: 'Betalningsreferens', payBy: 'Sista betalningsdag',
  },
  bg: {
    registeredMail: 'ПРЕПОРЪЧАНО', invoice: 'Фактура', subtotal: 'Сума по фактурите', fees: 'Такси за напомняне',
    interest: 'Лихва за забава', totalDue: 'Общо дължимо', paymentDetails: 'Данни за плащане',
    bankAccount: 'Банкова сметка', paymentReference: 'Референция за плащане', payBy: 'Краен срок',
  },
  fil: {
    registeredMail: 'REHISTRADONG SULAT', invoice: 'Invoice', subtotal: 'Subtotal', fees: 'Singil sa paalala',
    interest: 'Interes sa pagkaantala', totalDue: 'Kabuuang dapat bayaran', paymentDetails: 'Detalye ng pagbabayad',
    bankAccount: 'Account', paymentReference: 'Payment reference', payBy: 'Bayaran hanggang',
  },
  te: {
    registeredMail: 'రిజిస్టర్డ్ పోస్ట్', invoice: 'ఇన్వాయిస్', subtotal: 'ఇన్వాయిస్\u200cల మొత్తం', fees: 'జ్ఞాపిక రుసుములు',
    interest: 'ఆలస్యపు వడ్డీ', totalDue: 'చెల్లించవలసిన మొత్తం', paymentDetails: 'చెల్లింపు వివరాలు',
    bankAccount: 'ఖాతా నంబరు', paymentReference: 'చెల్లింపు సూచన సంఖ్య', payBy: 'చెల్లింపు గడువు',
  },
};

/** Labels for a template language; a language the tenant added templates for gets English labels. */
export function letterLabels(language: string): LetterLabels {
  const own = OWN[templateLanguage(language)] ?? OWN.en;
  const statement = statementMessages(language);
  if (!own) throw new Error('English letter labels are missing');
  return { ...own, statement, customerRef: statement.customerRef, date: statement.date };
}
