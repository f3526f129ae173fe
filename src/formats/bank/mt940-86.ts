// MT940 field 86 (information to account owner, 6*65x). Its content is not standardised by SWIFT; banks use one
// of three layouts, told apart by how the field starts: German "GVC?NN" subfields, Dutch "/KEY/value", or free
// text. Each layout's reader returns the same Info86.
import { isValidIban } from './iban.js';
import { isDutchLayout, parseDutch } from './mt940-86-dutch.js';
import { isGermanLayout, parseGerman } from './mt940-86-german.js';
import { squash } from './text.js';

export interface Party86 {
  name?: string;
  iban?: string;
}

export interface Info86 {
  text: string;
  endToEndId?: string;
  customerReference?: string;
  structuredReferences: string[];
  additionalInfo?: string;
  bankTransactionCode?: string;
  /** The other party, role unstated (German ?32, ING /CNTP/, ABN /NAME/): its role follows from the direction. */
  counterparty: Party86;
  /** Parties with a stated role (Rabobank /ORDP/ and /BENM/). */
  ordering?: Party86;
  beneficiary?: Party86;
  ultimateDebtorName?: string;
  returned: boolean;
}

/** SWIFT lines hold 65 characters including the tag; a full line was wrapped, a shorter one ended a phrase. */
const LINE_WIDTH = 65;

export function parse86(lines: readonly string[]): Info86 {
  // Subfield and /KEY/ layouts wrap anywhere (even inside "?2" + "5" or "/RE" + "MI/"): join without separators.
  const glued = lines.join('');
  if (isGermanLayout(glued)) return parseGerman(glued);
  if (isDutchLayout(glued)) return parseDutch(glued);
  return parseFreeText(joinFreeText(lines));
}

function joinFreeText(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const previousWidth = (lines[i - 1] ?? '').length + (i === 1 ? 4 : 0);
    text += (previousWidth >= LINE_WIDTH ? '' : ' ') + (lines[i] ?? '');
  }
  return text;
}

/**
 * Free text. A few conventions are still read: a leading counter-account IBAN (ING pre-2014, SNS, ASN:
 * "NL47INGB… name …"), accepted only if its check digits verify; ABN AMRO's and Knab's labelled SEPA layouts
 * ("IBAN: … BIC: … NAAM: … OMSCHRIJVING: … BETALINGSKENM.: …", "REK: …/NAAM: …"); and ING's pre-2014
 * structured creditor reference "SCOR/CUR/…".
 */
function parseFreeText(raw: string): Info86 {
  const text = squash(raw);
  const info: Info86 = { text, structuredReferences: [], counterparty: {}, returned: false };
  const leading = /^([A-Z]{2}\d{2}[A-Z0-9]{11,30})\b/.exec(text)?.[1];
  const labelled = /(?:IBAN|REK):\s*([A-Z]{2}\d{2}[A-Z0-9]{11,30})\b/.exec(text)?.[1];
  const iban = [labelled, leading].find((v) => v !== undefined && isValidIban(v));
  if (iban !== undefined) info.counterparty.iban = iban;
  const name = /\bNAAM:\s*(.+?)(?=\s+(?:OMSCHRIJVING|KENMERK|BETALINGSKENM\.|MACHTIGING|INCASSANT|ID DEBITEUR|IBAN|BIC):|$)/.exec(text)?.[1];
  if (name !== undefined) info.counterparty.name = name.trim();
  const reference = /\bBETALINGSKENM\.:\s*(\d[\d ]*\d)/.exec(text)?.[1] ?? /SCOR\/[A-Z]{2,4}\/([0-9A-Z]+)/.exec(text)?.[1];
  if (reference !== undefined) info.structuredReferences.push(reference.replace(/ /g, ''));
  return info;
}
