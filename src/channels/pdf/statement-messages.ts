// Texts printed on customer statements, one table per supported language; anything else falls back to English.
import type { LedgerEntryKind } from '../../domain/statement.js';

export type StatementMessages = {
  /** BCP 47 tag used for Intl number and date formatting. */
  locale: string;
  statementOfAccount: string;
  openItems: string;
  period: (from: string, to: string) => string;
  openItemsAsOf: (date: string) => string;
  statementDate: string;
  customer: string;
  customerRef: string;
  currency: string;
  email: string;
  phone: string;
  balanceDue: string;
  openingBalance: string;
  closingBalance: string;
  date: string;
  type: string;
  reference: string;
  dueDate: string;
  debit: string;
  credit: string;
  balance: string;
  number: string;
  issueDate: string;
  amount: string;
  open: string;
  daysPastDue: string;
  kinds: Record<LedgerEntryKind, string>;
  unapplied: string;
  total: string;
  current: string;
  days: string;
  agingSummary: string;
  noLines: string;
  noItems: string;
  continued: string;
  page: (page: number, pages: number) => string;
};

const en: StatementMessages = {
  locale: 'en-GB',
  statementOfAccount: 'Statement of account',
  openItems: 'Open items',
  period: (from, to) => `Period: ${from} – ${to}`,
  openItemsAsOf: (date) => `Open items as of ${date}`,
  statementDate: 'Statement date',
  customer: 'Customer',
  customerRef: 'Customer no.',
  currency: 'Currency',
  email: 'Email',
  phone: 'Phone',
  balanceDue: 'Balance due',
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  date: 'Date',
  type: 'Type',
  reference: 'Reference',
  dueDate: 'Due date',
  debit: 'Debit',
  credit: 'Credit',
  balance: 'Balance',
  number: 'Number',
  issueDate: 'Issue date',
  amount: 'Amount',
  open: 'Open',
  daysPastDue: 'Days past due',
  kinds: {
    invoice: 'Invoice', 'credit-note': 'Credit note', payment: 'Payment', 'write-off': 'Write-off',
    adjustment: 'Adjustment',
  },
  unapplied: 'Unapplied cash',
  total: 'Total',
  current: 'Current',
  days: 'days',
  agingSummary: 'Ageing summary',
  noLines: 'No transactions in this period',
  noItems: 'No open items',
  continued: 'continued',
  page: (page, pages) => `Page ${page}/${pages}`,
};

const nb: StatementMessages = {
  locale: 'nb-NO',
  statementOfAccount: 'Kontoutskrift',
  openItems: 'Åpne poster',
  period: (from, to) => `Periode: ${from} – ${to}`,
  openItemsAsOf: (date) => `Åpne poster per ${date}`,
  statementDate: 'Utskriftsdato',
  customer: 'Kunde',
  customerRef: 'Kundenr.',
  currency: 'Valuta',
  email: 'E-post',
  phone: 'Telefon',
  balanceDue: 'Å betale',
  openingBalance: 'Inngående saldo',
  closingBalance: 'Utgående saldo',
  date: 'Dato',
  type: 'Type',
  reference: 'Referanse',
  dueDate: 'Forfallsdato',
  debit: 'Debet',
  credit: 'Kredit',
  balance: 'Saldo',
  number: 'Nummer',
  issueDate: 'Fakturadato',
  amount: 'Beløp',
  open: 'Utestående',
  daysPastDue: 'Dager forfalt',
  kinds: {
    invoice: 'Faktura', 'credit-note': 'Kreditnota', payment: 'Innbetaling', 'write-off': 'Avskrivning',
    adjustment: 'Justering',
  },
  unapplied: 'Ufordelt innbetaling',
  total: 'Totalt',
  current: 'Ikke forfalt',
  days: 'dager',
  agingSummary: 'Aldersfordeling',
  noLines: 'Ingen bevegelser i perioden',
  noItems: 'Ingen åpne poster',
  continued: 'forts.',
  page: (page, pages) => `Side ${page}/${pages}`,
};

const sv: StatementMessages = {
  locale: 'sv-SE',
  statementOfAccount: 'Kontoutdrag',
  openItems: 'Öppna poster',
  period: (from, to) => `Period: ${from} – ${to}`,
  openItemsAsOf: (date) => `Öppna poster per ${date}`,
  statementDate: 'Utskriftsdatum',
  customer: 'Kund',
  customerRef: 'Kundnr',
  currency: 'Valuta',
  email: 'E-post',
  phone: 'Telefon',
  balanceDue: 'Att betala',
  openingBalance: 'Ingående saldo',
  closingBalance: 'Utgående saldo',
  date: 'Datum',
  type: 'Typ',
  reference: 'Referens',
  dueDate: 'Förfallodatum',
  debit: 'Debet',
  credit: 'Kredit',
  balance: 'Saldo',
  number: 'Nummer',
  issueDate: 'Fakturadatum',
  amount: 'Belopp',
  open: 'Återstår',
  daysPastDue: 'Dagar förfallet',
  kinds: {
    invoice: 'Faktura', 'credit-note': 'Kreditfaktura', payment: 'Betalning', 'write-off': 'Avskrivning',
    adjustment: 'Justering',
  },
  unapplied: 'Ej avräknade betalningar',
  total: 'Totalt',
  current: 'Ej förfallet',
  days: 'dagar',
  agingSummary: 'Åldersanalys',
  noLines: 'Inga transaktioner under perioden',
  noItems: 'Inga öppna poster',
  continued: 'forts.',
  page: (page, pages) => `Sida ${page}/${pages}`,
};

const bg: StatementMessages = {
  locale: 'bg-BG',
  statementOfAccount: 'Извлечение по сметка',
  openItems: 'Открити позиции',
  period: (from, to) => `Период: ${from} – ${to}`,
  openItemsAsOf: (date) => `Открити позиции към ${date}`,
  statementDate: 'Дата на извлечението',
  customer: 'Клиент',
  customerRef: 'Клиентски №',
  currency: 'Валута',
  email: 'Имейл',
  phone: 'Телефон',
  balanceDue: 'Дължима сума',
  openingBalance: 'Начално салдо',
  closingBalance: 'Крайно салдо',
  date: 'Дата',
  type: 'Вид',
  reference: 'Референция',
  dueDate: 'Падеж',
  debit: 'Дебит',
  credit: 'Кредит',
  balance: 'Салдо',
  number: 'Номер',
  issueDate: 'Дата на издаване',
  amount: 'Сума',
  open: 'Остатък',
  daysPastDue: 'Дни просрочие',
  kinds: {
    invoice: 'Фактура', 'credit-note': 'Кредитно известие', payment: 'Плащане', 'write-off': 'Отписване',
    adjustment: 'Корекция',
  },
  unapplied: 'Неразпределени плащания',
  total: 'Общо',
  current: 'В срок',
  days: 'дни',
  agingSummary: 'Възрастов анализ',
  noLines: 'Няма операции за периода',
  noItems: 'Няма открити позиции',
  continued: 'продължение',
  page: (page, pages) => `Страница ${page}/${pages}`,
};

const fil: StatementMessages = {
  locale: 'fil-PH',
  statementOfAccount: 'Pahayag ng Account',
  openItems: 'Mga natitirang bayarin',
  period: (from, to) => `Panahon: ${from} – ${to}`,
  openItemsAsOf: (date) => `Mga natitirang bayarin noong ${date}`,
  statementDate: 'Petsa ng pahayag',
  customer: 'Kustomer',
  customerRef: 'Blg. ng kustomer',
  currency: 'Salapi',
  email: 'Email',
  phone: 'Telepono',
  balanceDue: 'Halagang dapat bayaran',
  openingBalance: 'Panimulang balanse',
  closingBalance: 'Pangwakas na balanse',
  date: 'Petsa',
  type: 'Uri',
  reference: 'Sanggunian',
  dueDate: 'Takdang petsa',
  debit: 'Debit',
  credit: 'Kredito',
  balance: 'Balanse',
  number: 'Numero',
  issueDate: 'Petsa ng pag-isyu',
  amount: 'Halaga',
  open: 'Natitira',
  daysPastDue: 'Araw na lampas sa takda',
  kinds: {
    invoice: 'Invoice', 'credit-note': 'Nota ng kredito', payment: 'Bayad', 'write-off': 'Pagpapawalang-bisa',
    adjustment: 'Pagsasaayos',
  },
  unapplied: 'Hindi nailapat na bayad',
  total: 'Kabuuan',
  current: 'Hindi pa dapat bayaran',
  days: 'araw',
  agingSummary: 'Buod ayon sa edad ng utang',
  noLines: 'Walang transaksyon sa panahong ito',
  noItems: 'Walang natitirang bayarin',
  continued: 'karugtong',
  page: (page, pages) => `Pahina ${page}/${pages}`,
};

const te: StatementMessages = {
  locale: 'te-IN',
  statementOfAccount: 'ఖాతా నివేదిక',
  openItems: 'బకాయి అంశాలు',
  period: (from, to) => `వ్యవధి: ${from} – ${to}`,
  // Telugu puts "as of" after the date (a postposition).
  openItemsAsOf: (date) => `${date} నాటికి బకాయి అంశాలు`,
  statementDate: 'నివేదిక తేదీ',
  customer: 'ఖాతాదారు',
  customerRef: 'ఖాతాదారు సంఖ్య',
  currency: 'కరెన్సీ',
  email: 'ఇమెయిల్',
  phone: 'ఫోన్',
  balanceDue: 'చెల్లించవలసిన మొత్తం',
  openingBalance: 'ప్రారంభ నిల్వ',
  closingBalance: 'ముగింపు నిల్వ',
  date: 'తేదీ',
  type: 'రకం',
  reference: 'సూచన సంఖ్య',
  dueDate: 'గడువు తేదీ',
  debit: 'డెబిట్',
  credit: 'క్రెడిట్',
  balance: 'నిల్వ',
  number: 'సంఖ్య',
  issueDate: 'జారీ తేదీ',
  amount: 'సొమ్ము',
  open: 'బకాయి',
  daysPastDue: 'గడువు దాటిన రోజులు',
  kinds: {
    invoice: 'ఇన్వాయిస్', 'credit-note': 'క్రెడిట్ నోట్', payment: 'చెల్లింపు', 'write-off': 'మాఫీ',
    adjustment: 'సర్దుబాటు',
  },
  unapplied: 'కేటాయించని చెల్లింపులు',
  total: 'మొత్తం',
  current: 'గడువులోపు',
  days: 'రోజులు',
  agingSummary: 'బకాయిల కాల వర్గీకరణ',
  noLines: 'ఈ వ్యవధిలో లావాదేవీలు లేవు',
  noItems: 'బకాయి అంశాలు లేవు',
  continued: 'కొనసాగింపు',
  page: (page, pages) => `పేజీ ${page}/${pages}`,
};

const BY_LANGUAGE: Readonly<Record<string, StatementMessages>> = {
  en, nb, sv, bg, fil, te,
  // Customer records may carry the macrolanguage or the older code for the same written language.
  no: nb, tl: fil,
};

/** Picks texts by the primary subtag of a language tag ("nb-NO", "sv", "te-IN"); unknown → English. */
export function statementMessages(language: string): StatementMessages {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANGUAGE[primary] ?? en;
}

/** Aging bucket labels come from the domain as "current", "1-30", "90+": only the words need translating. */
export function agingLabel(label: string, messages: StatementMessages): string {
  if (label === 'current') return messages.current;
  const range = /^(\d+)-(\d+)$/.exec(label);
  if (range) return `${range[1]}–${range[2]} ${messages.days}`;
  if (/^\d+\+$/.test(label)) return `${label} ${messages.days}`;
  return label;
}
