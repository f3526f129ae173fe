// Labelled lines that banks put in BAI2 detail text and its 88 continuations. The labels name the party's role,
// so no guess from the direction is needed: Goldman Sachs ("EREF: …", "DBNM: …" debtor name, "CRNM: …" creditor
// name, as in moov-io's sample4) and Fedwire-style wires ("ORG:=…" originator, "BNF NAME:=…" beneficiary, as in
// venturehacks' eod sample). Anything else stays in the text only.

export type TextKeys = { endToEndId?: string; payerName?: string; payeeName?: string };

const PAYER = new Set(['DBNM', 'ORG', 'ORIGINATOR']);
const PAYEE = new Set(['CRNM', 'BNF NAME', 'BENEFICIARY']);

export function textKeys(parts: readonly string[]): TextKeys {
  const keys: TextKeys = {};
  for (const part of parts) {
    const match = /^\s*([A-Z][A-Z ]{1,19}?)\s*:=?\s*(.*?)\s*$/.exec(part);
    if (!match) continue;
    const [, label = '', value = ''] = match;
    if (value === '') continue;
    if (label === 'EREF') keys.endToEndId ??= value;
    if (PAYER.has(label)) keys.payerName ??= value;
    if (PAYEE.has(label)) keys.payeeName ??= value;
  }
  return keys;
}
