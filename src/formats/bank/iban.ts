// IBANs (ISO 13616). A field the bank labels as an IBAN is kept if it has the shape; an IBAN picked out of free
// text must also pass the MOD 97-10 check (ISO 7064), so a random number is never taken for the payer's account.

const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

export function compactIban(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

export function looksLikeIban(text: string): boolean {
  return SHAPE.test(compactIban(text));
}

export function isValidIban(text: string): boolean {
  const iban = compactIban(text);
  if (!SHAPE.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The compact IBAN if the text has an IBAN's shape, else undefined. */
export function ibanOrUndefined(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return looksLikeIban(text) ? compactIban(text) : undefined;
}
