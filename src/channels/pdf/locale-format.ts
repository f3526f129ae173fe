// Locale display of money and business dates for printed documents.
// Money never passes through a float: the integer part is grouped by Intl as a bigint, the fraction digits are
// taken from formatAmount's exact string, so 12345678901234567.89 prints exactly.
import { type BusinessDate } from '../../domain/dates.js';
import { formatAmount } from '../../domain/money.js';

type MoneyFormat = {
  grouping: Intl.NumberFormat;
  /** Zero-padded digits in the locale's numbering system, for the fraction part. */
  fractionDigits: (digits: string) => string;
  decimal: string;
  /** Parts of the locale's "-1", so the minus sign (and its position) is the locale's own. */
  negative: Intl.NumberFormatPart[];
};

const moneyFormats = new Map<string, MoneyFormat>();

function moneyFormat(locale: string): MoneyFormat {
  let format = moneyFormats.get(locale);
  if (format) return format;
  const grouping = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1 })
    .formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const fractionDigits = (digits: string) =>
    [...digits].map((digit) => plain.format(BigInt(digit))).join('');
  format = { grouping, fractionDigits, decimal, negative: grouping.formatToParts(-1n) };
  moneyFormats.set(locale, format);
  return format;
}

/** 125000050n NOK in nb-NO → "1 250 000,50"; negative amounts get the locale's minus ("−1 250,00"). */
export function formatMoney(minor: bigint, currency: string, locale: string): string {
  const format = moneyFormat(locale);
  const exact = formatAmount(minor < 0n ? -minor : minor, currency);
  const [whole = '0', fraction] = exact.split('.');
  const grouped = format.grouping.format(BigInt(whole));
  const body = fraction === undefined ? grouped : `${grouped}${format.decimal}${format.fractionDigits(fraction)}`;
  if (minor >= 0n) return body;
  return format.negative.map((part) => (part.type === 'integer' ? body : part.value)).join('');
}

const integerFormats = new Map<string, Intl.NumberFormat>();

export function formatInteger(value: number, locale: string): string {
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    integerFormats.set(locale, format);
  }
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Business dates are calendar dates: formatted at UTC midnight in UTC so no zone can move the day. */
export function formatDate(date: BusinessDate, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const instant = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return format.format(instant);
}
