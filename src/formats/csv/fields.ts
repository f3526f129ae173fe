// Field-level checks for CSV rows: each returns a value or a reason, so a row can report every bad field at once.
import { parseBusinessDate } from '../../domain/dates.js';
import { isCurrency, parseAmount, parsePositiveAmount } from '../../domain/money.js';
import type { FieldError } from '../../app/import/import-types.js';

export class RowReader {
  readonly errors: FieldError[] = [];
  constructor(private readonly values: Record<string, string>) {}

  has(field: string): boolean {
    return field in this.values;
  }

  text(field: string, { required = false, max = 500 } = {}): string | null {
    const value = (this.values[field] ?? '').trim();
    if (value === '') {
      if (required) this.fail(field, 'is required');
      return null;
    }
    if (value.length > max) this.fail(field, `is longer than ${max} characters`);
    return value;
  }

  date(field: string): string {
    const value = this.text(field, { required: true }) ?? '';
    if (value === '') return '';
    const parsed = parseBusinessDate(value);
    if (!parsed.ok) this.fail(field, parsed.reason);
    return value;
  }

  currency(field: string, fallback?: string): string {
    const value = this.text(field, { required: fallback === undefined, max: 3 })?.toUpperCase() ?? fallback ?? '';
    if (value !== '' && !isCurrency(value)) this.fail(field, `not an ISO 4217 currency code: "${value}"`);
    return value;
  }

  /** Positive amount with at most the currency's minor digits (checked only if the currency itself is valid). */
  amount(field: string, currency: string, { allowZero = false, required = true } = {}): bigint | null {
    const value = this.text(field, { required });
    if (value === null || !isCurrency(currency)) return null;
    const parsed = allowZero ? parseAmount(value, currency) : parsePositiveAmount(value, currency);
    if (!parsed.ok) { this.fail(field, parsed.reason); return null; }
    if (parsed.value < 0n) { this.fail(field, 'amount must not be negative'); return null; }
    return parsed.value;
  }

  integer(field: string, min: number, max: number): number | null {
    const value = this.text(field);
    if (value === null) return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.fail(field, `must be a whole number from ${min} to ${max}: "${value}"`);
      return null;
    }
    return Number(value);
  }

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }
}
