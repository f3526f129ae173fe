// Text folding shared by reference, invoice-number and name matching. Banks deliver remittance text in upper case,
// without diacritics and (SEPA's Latin character set) with Cyrillic transliterated, so both sides are folded alike.

// Bulgarian Streamlined System (the official transliteration, 2009): what Bulgarian banks print for Cyrillic names.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a',
  ь: 'y', ю: 'yu', я: 'ya', ё: 'yo', ы: 'y', э: 'e', є: 'ye', і: 'i', ї: 'yi', ґ: 'g',
};

// Letters NFD does not decompose.
const SPECIAL: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, Latin letters without diacritics, Cyrillic transliterated; other characters kept. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = '';
  // Mapped before decomposing: NFD would split "й" into "и" and a breve.
  for (const char of lower.normalize('NFC')) {
    const mapped = CYRILLIC[char] ?? SPECIAL[char];
    if (mapped !== undefined) out += mapped;
    else out += char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** Upper-case letters and digits only: "RF18 5390-0754" → "RF1853900754". */
export function compactAlphanumeric(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '').toUpperCase();
}

export function normaliseIban(iban: string): string {
  return iban.replace(/[\s-]/g, '').toUpperCase();
}

/** "2026-0042" → "20260042": digits only, zeros kept. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

export function stripLeadingZeros(digits: string): string {
  const stripped = digits.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

// Legal forms are noise for identity (banks drop or abbreviate them) but tell "X AS" from "X AB" apart.
// Norway, Sweden, UK/Ireland, Germany, Bulgaria (transliterated), the Philippines/US, and common neighbours.
const LEGAL_FORMS = new Set([
  'as', 'asa', 'ans', 'da', 'enk', 'nuf', 'sa', 'ba', 'ab', 'publ', 'hb', 'kb', 'aktiebolag', 'handelsbolag',
  'ltd', 'limited', 'plc', 'llp', 'lp', 'cic', 'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'gbr', 'ev', 'ek', 'eg', 'kgaa',
  'haftungsbeschrankt', 'eood', 'ood', 'ead', 'ad', 'et', 'kd', 'sd', 'inc', 'incorporated', 'corp', 'corporation',
  'co', 'company', 'llc', 'opc', 'bv', 'nv', 'oy', 'oyj', 'aps', 'sarl', 'srl', 'spa', 'sl', 'sas', 'pty', 'lda', 'se',
]);

const LEGAL_FORM_STARTS = new Set([...LEGAL_FORMS].flatMap((form) => [form.slice(0, 1), form.slice(0, 2)]));

// Connectors that carry no identity ("Bygg og Anlegg" = "Bygg & Anlegg").
const STOP_WORDS = new Set(['og', 'och', 'und', 'and', 'the', 'of', 'i']);

// Multi-word legal forms folded into one token before splitting ("A/S", "e.K.", "GmbH & Co. KG").
const LEGAL_PHRASES: [RegExp, string | ((match: string) => string)][] = [
  [/\ba\s*\/\s*s\b/g, ' as '],
  // Dotted abbreviations: "G.M.B.H.", "e.K.", "S.A.R.L."
  [/\b(?:[a-z]\.\s?){2,}/g, (m: string) => ` ${m.replace(/[.\s]/g, '')} `],
  [/\bgmbh\s*&\s*co\.?\s*kg\b/g, ' gmbh '],
  [/\bpty\.?\s*ltd\b/g, ' ltd '],
];

/**
 * Spellings of one letter fold together, on both sides, so ordinary words change consistently: German and Nordic
 * letters written without the letter ("Mueller", "Haakon", "Baekken" as "Müller", "Håkon", "Bækken"), and the older
 * transliterations of Cyrillic that banks still print (ц "c" or "ts", щ "st" or "sht", х "kh" or "h", й and я/ю with
 * "i" or "y": "Tsvetkov" = "Cvetkov", "Mariya" = "Maria").
 */
function foldDigraphs(token: string): string {
  return token.replace(/aa/g, 'a').replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')
    .replace(/sht/g, 'st').replace(/ts/g, 'c').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/ii/g, 'i');
}

// Spellings of one legal form, so "Limited" and "Ltd" are the same form.
const LEGAL_SYNONYMS: Readonly<Record<string, string>> = {
  limited: 'ltd', aktiebolag: 'ab', handelsbolag: 'hb', corporation: 'corp', incorporated: 'inc', company: 'co',
  haftungsbeschrankt: 'ug', mbh: 'gmbh',
};

/** `abbreviated`: words the name wrote with a full stop ("Ivan." for "Ivanov"), to be read as abbreviations. */
export type NameTokens = { tokens: string[]; legalForms: string[]; abbreviated: string[] };

/** Identity tokens of a company or person name, with its legal forms apart. */
export function nameTokens(name: string): NameTokens {
  let folded = foldText(name);
  for (const [pattern, replacement] of LEGAL_PHRASES) {
    folded = typeof replacement === 'string' ? folded.replace(pattern, replacement) : folded.replace(pattern, replacement);
  }
  const abbreviated = [...folded.matchAll(/([a-z0-9]+)\./g)].map((m) => foldDigraphs(m[1] ?? ''));
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== '' && !STOP_WORDS.has(w));
  const legalForms: string[] = [];
  // Legal forms stand at the start (Bulgarian "ЕТ Петров") or the end ("Fjord Bygg AS"); inside they may be words.
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) legalForms.push(words.pop() ?? '');
  while (words.length > 1 && LEGAL_FORMS.has(words[0] ?? '')) legalForms.push(words.shift() ?? '');
  // A bank that cuts a name off mid legal form leaves "A" of "AB", "GM" of "GmbH".
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && LEGAL_FORM_STARTS.has(last)) words.pop();
  const tokens = words.map(foldDigraphs);
  return { tokens, legalForms: legalForms.map((f) => LEGAL_SYNONYMS[f] ?? f).sort(), abbreviated: abbreviated.filter((w) => tokens.includes(w)) };
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: width }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prev2[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How alike two name tokens are: equal 1; one a prefix of the other (an abbreviation "Kons." or a name the bank cut
 * off) 0.85; one typo in a word of four letters or more 0.85; two typos in a long word 0.7.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.85;
  if (short.length < 4) return 0;
  const distance = editDistance(a, b, 2);
  if (distance === 1) return 0.85;
  if (distance === 2 && short.length >= 7) return 0.7;
  return 0;
}
