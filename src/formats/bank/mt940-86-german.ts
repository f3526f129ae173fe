// German (ZKA/DFÜ-Abkommen Anlage 3) structured field 86, also used by Polish and Triodos (">" separator) banks:
//   GVC (3 digits), then subfields "?NN": ?00 posting text, ?10 primanota, ?20–?29 and ?60–?63 purpose,
//   ?30 counterparty BLZ/BIC, ?31 counterparty account/IBAN, ?32–?33 counterparty name, ?34 text key addition,
//   ?38 counterparty IBAN (Polish banks). SEPA purpose keywords (EREF+, KREF+, SVWZ+, ABWA+ …) run across
//   subfield boundaries until the next keyword (DFÜ-Abkommen Anlage 3, "SEPA-Verwendungszweck").
import { compactIban, looksLikeIban } from './iban.js';
import type { Info86 } from './mt940-86.js';
import { squash, undefinedIfBlank } from './text.js';

const KEYWORDS = /(EREF|KREF|MREF|CRED|DEBT|COAM|OAMT|SVWZ|ABWA|ABWE|IBAN|BIC|PURP|SQTP)\+/g;

export function isGermanLayout(text: string): boolean {
  return /^\d{3}[?>]\d{2}/.test(text.trimStart());
}

export function parseGerman(raw: string): Info86 {
  const text = raw.trimStart();
  const separator = text.charAt(3);
  const subfields = new Map<string, string>();
  const pattern = new RegExp(`\\${separator}(\\d{2})`, 'g');
  const marks = [...text.matchAll(pattern)];
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    subfields.set(mark[1] ?? '', (subfields.get(mark[1] ?? '') ?? '') + text.slice(start, end));
  });
  const get = (...codes: string[]) => codes.map((c) => subfields.get(c) ?? '');
  const purposeParts = get('20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '60', '61', '62', '63');
  const joined = purposeParts.join('');
  const keyed = KEYWORDS.test(joined);
  KEYWORDS.lastIndex = 0;
  const purpose = keyed ? joined : joinPurpose(purposeParts);
  const values = keyed ? keywordValues(purpose) : new Map<string, string>();
  const iban38 = compactIban(get('38')[0] ?? '');
  const account = compactIban(get('31')[0] ?? '');
  const ibanKeyword = compactIban(values.get('IBAN') ?? '');
  const counterpartyIban = [iban38, account, ibanKeyword].find((v) => v !== '' && looksLikeIban(v));
  return {
    text: squash(values.get('SVWZ') ?? (keyed ? values.get('') ?? '' : purpose)),
    endToEndId: notProvided(values.get('EREF')),
    customerReference: notProvided(values.get('KREF')),
    structuredReferences: [],
    additionalInfo: undefinedIfBlank(get('00')[0]),
    bankTransactionCode: text.slice(0, 3),
    counterparty: {
      name: undefinedIfBlank(get('32', '33').join('')),
      iban: counterpartyIban,
    },
    ultimateDebtorName: undefinedIfBlank(values.get('ABWA')),
    returned: false,
  };
}

/**
 * Without SEPA keywords each ?2x subfield is a 27-character line (ZKA field width): a full one was wrapped
 * mid-word ("KOS" + "TEN"), a shorter one ended a phrase. With keywords the subfields are slices of one text and
 * are simply concatenated, since banks also split them short (Volksbank "inklusi" + "ve").
 */
function joinPurpose(parts: string[]): string {
  let text = '';
  let previous = '';
  for (const part of parts.filter((p) => p !== '')) {
    text += (text === '' || previous.length >= 27 ? '' : ' ') + part;
    previous = part;
  }
  return text;
}

/** Splits "EREF+abc KREF+def SVWZ+text" into keyword → value; text before the first keyword is under "". */
function keywordValues(purpose: string): Map<string, string> {
  const values = new Map<string, string>();
  const marks = [...purpose.matchAll(KEYWORDS)];
  const lead = purpose.slice(0, marks[0]?.index ?? purpose.length).trim();
  if (lead !== '') values.set('', lead);
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? purpose.length;
    const key = mark[1] ?? '';
    if (!values.has(key)) values.set(key, purpose.slice(start, end).trim());
  });
  return values;
}

function notProvided(value: string | undefined): string | undefined {
  const squashed = undefinedIfBlank(value);
  return squashed === undefined || /^NOTPROVIDED$/i.test(squashed) ? undefined : squashed;
}
