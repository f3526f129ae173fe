// Amounts arrive as decimal strings and are formatted as strings (Intl.NumberFormat accepts them exactly), so no
// amount ever passes through a float; only a chart's bar height is a number.
export const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: string, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
    moneyFormats.set(currency, f);
  }
  return f.format(amount as Intl.StringNumericLiteral);
}

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const d = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(d.getTime()) ? date : dateFormat.format(d);
}

const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : timeFormat.format(d);
}

const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
export const formatNumber = (n: number) => numberFormat.format(n);
export const formatPercent = (n: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);

/** The amount in minor units, exactly, for sorting amounts of one currency. */
export function minorUnits(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const units = BigInt(`${whole}${fraction.padEnd(4, '0').slice(0, 4)}`);
  return negative ? -units : units;
}

/** Today's date in the tenant's time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
