// Text helpers shared by the line-based readers (MT940, BAI2, CSV).
import { parseBusinessDate, type BusinessDate } from '../../domain/dates.js';
import type { ParseResult } from '../../domain/money.js';

export type NumberedLine = { line: number; text: string };

/**
 * Removes a BOM and control characters other than tab and line breaks: SWIFT envelopes carry SOH/ETX (0x01, 0x03)
 * around each message and DOS tools leave a SUB (0x1A) end-of-file mark, none of which is content.
 */
export function stripControl(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export function numberedLines(text: string): NumberedLine[] {
  return stripControl(text).split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t }));
}

/** Collapses runs of whitespace (fixed-width padding in MT940 and BAI2 text) into single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function undefinedIfBlank(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const squashed = squash(text);
  return squashed === '' ? undefined : squashed;
}

/**
 * YYMMDD as SWIFT MT940 and BAI2 write dates. Years 00–69 are 20xx and 70–99 are 19xx (the POSIX strptime %y
 * pivot), which covers every statement a living bank can send.
 */
export function parseYymmdd(text: string): ParseResult<BusinessDate> {
  if (!/^\d{6}$/.test(text)) return { ok: false, reason: `date "${text}" is not YYMMDD` };
  const yy = Number(text.slice(0, 2));
  const year = yy < 70 ? 2000 + yy : 1900 + yy;
  const parsed = parseBusinessDate(`${year}-${text.slice(2, 4)}-${text.slice(4, 6)}`);
  return parsed.ok ? parsed : { ok: false, reason: `date "${text}" is not a calendar date` };
}
