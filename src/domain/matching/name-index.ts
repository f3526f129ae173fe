// Payer names (issue #5: "the payer's name (fuzzy)"). Names are token sets weighted by rarity (a shared "Consulting"
// says little, a shared "Fjordkraft" a lot). Lookup goes through an inverted token index, a sorted vocabulary for
// abbreviations and a trigram index for typos, so it never scans all customers.
import { type NameTokens, nameTokens, tokenSimilarity } from './normalise.js';

type NameRecord = { customer: number; tokens: number[]; legalForms: string[]; weight: number };

export type NameIndex = {
  records: NameRecord[];
  vocabulary: Map<string, number>;
  words: string[];
  postings: number[][];
  sorted: string[];
  trigrams: Map<string, number[]>;
  acronyms: Map<string, number[]>;
  /** Inverse document frequency of each word, ln(1 + records / records with the word). */
  idf: Float64Array;
  /** Resolutions of payer words seen before: the same payers pay again and again. */
  cache: Map<string, Resolution>;
};

/** The vocabulary words a payer's word may stand for, with how alike they are. */
type Resolution = { ids: Map<number, number>; df: number };

export type NameHit = { customer: number; score: number };

/**
 * Banks cut names at 18–35 characters: a payer name of some length that the customer's name starts with, letter for
 * letter, is that name as nearly as an uncut one.
 */
export const CUT_OFF_LENGTH = 16;
export const CUT_OFF_SCORE = 0.97;
const PREFIX_LIMIT = 200;
const CANDIDATE_LIMIT = 3000;

function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

export function emptyNameIndex(): NameIndex {
  return { records: [], vocabulary: new Map(), words: [], postings: [], sorted: [], trigrams: new Map(), acronyms: new Map(), idf: new Float64Array(0), cache: new Map() };
}

export function addName(index: NameIndex, customer: number, name: string): void {
  const { tokens, legalForms } = nameTokens(name);
  if (tokens.length === 0) return;
  const recordId = index.records.length;
  const ids = tokens.map((token) => {
    let id = index.vocabulary.get(token);
    if (id === undefined) {
      id = index.words.length;
      index.vocabulary.set(token, id);
      index.words.push(token);
      index.postings.push([]);
    }
    const posting = index.postings[id];
    if (posting && posting[posting.length - 1] !== recordId) posting.push(recordId);
    return id;
  });
  index.records.push({ customer, tokens: ids, legalForms, weight: 0 });
  if (tokens.length >= 2) {
    const acronym = tokens.map((t) => t[0]).join('');
    const list = index.acronyms.get(acronym) ?? [];
    list.push(recordId);
    index.acronyms.set(acronym, list);
  }
}

/** Weights and the lookup structures, once every name is in. */
export function finishNameIndex(index: NameIndex): void {
  index.idf = Float64Array.from(index.postings, (posting) => Math.log(1 + index.records.length / Math.max(1, posting.length)));
  for (const record of index.records) record.weight = record.tokens.reduce((s, id) => s + idf(index, id), 0);
  index.sorted = [...index.words].sort();
  index.words.forEach((word, id) => {
    if (word.length < 4) return;
    for (const gram of new Set(trigramsOf(word))) {
      const list = index.trigrams.get(gram) ?? [];
      list.push(id);
      index.trigrams.set(gram, list);
    }
  });
  index.cache.clear();
}

export function idf(index: NameIndex, id: number): number {
  return index.idf[id] ?? 0;
}

export function unknownWeight(index: NameIndex): number {
  return Math.log(1 + Math.max(1, index.records.length));
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolve(index: NameIndex, word: string, abbreviated: boolean): Resolution {
  const key = abbreviated ? `${word}.` : word;
  const cached = index.cache.get(key);
  if (cached) return cached;
  const ids = new Map<number, number>();
  const add = (id: number | undefined, similarity: number) => {
    if (id !== undefined && similarity > (ids.get(id) ?? 0)) ids.set(id, similarity);
  };
  const exact = index.vocabulary.get(word);
  add(exact, 1);
  // A word some customer's name has is read as that word, not as an abbreviation of a longer one, unless the payer
  // wrote it with a full stop.
  if ((exact === undefined || abbreviated) && word.length >= 3) {
    // An abbreviation or a name the bank cut off: vocabulary words that start with it, and shorter ones it starts with.
    const from = lowerBound(index.sorted, word);
    const to = lowerBound(index.sorted, `${word}\uffff`);
    if (to - from <= PREFIX_LIMIT) for (let i = from; i < to; i++) add(index.vocabulary.get(index.sorted[i] ?? ''), 0.85);
    for (let n = 3; n < word.length; n++) add(index.vocabulary.get(word.slice(0, n)), tokenSimilarity(word, word.slice(0, n)));
  }
  if (exact === undefined && word.length >= 4) {
    // A typo: words sharing enough trigrams, confirmed by edit distance.
    const grams = new Set(trigramsOf(word));
    const shared = new Map<number, number>();
    for (const gram of grams) for (const id of index.trigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const needed = Math.max(1, grams.size - 4);
    for (const [id, count] of shared) {
      if (count >= needed) add(id, tokenSimilarity(word, index.words[id] ?? ''));
    }
    for (const [id, similarity] of ids) if (similarity === 0) ids.delete(id);
  }
  let df = 0;
  for (const id of ids.keys()) df += index.postings[id]?.length ?? 0;
  const resolution = { ids, df };
  index.cache.set(key, resolution);
  return resolution;
}

type PayerWord = { resolution: Resolution; weight: number };

function payerWords(index: NameIndex, tokens: string[], abbreviated: readonly string[]): PayerWord[] {
  return tokens.map((word) => {
    const resolution = resolve(index, word, abbreviated.includes(word));
    let weight = 0;
    for (const [id, similarity] of resolution.ids) weight = Math.max(weight, similarity * idf(index, id));
    return { resolution, weight: weight > 0 ? weight : unknownWeight(index) };
  });
}

/**
 * Weighted Dice over words paired one to one: Σ similarity × (payer weight + customer weight) over both totals.
 * Equal names score 1; a legal form that differs ("AS" for "AB") costs a little, a missing one nothing.
 */
function scoreRecord(index: NameIndex, payer: PayerWord[], legalForms: string[], record: NameRecord): number {
  let used = 0;
  let matched = 0;
  let payerWeight = 0;
  const tokens = record.tokens;
  for (const word of payer) {
    payerWeight += word.weight;
    let best = 0;
    let bestAt = -1;
    for (let at = 0; at < tokens.length && at < 31; at++) {
      if (used & (1 << at)) continue;
      const similarity = word.resolution.ids.get(tokens[at] ?? -1) ?? 0;
      if (similarity > best) { best = similarity; bestAt = at; }
    }
    if (bestAt < 0) continue;
    used |= 1 << bestAt;
    matched += best * (word.weight + idf(index, tokens[bestAt] ?? 0));
  }
  const score = matched / (payerWeight + record.weight);
  const formsDiffer = legalForms.length > 0 && record.legalForms.length > 0 && !legalForms.some((f) => record.legalForms.includes(f));
  return formsDiffer ? score * 0.97 : score;
}

/** Customers whose name or alias resembles the payer's, best first, one hit per customer. */
export function searchNames(index: NameIndex, payerName: string, minimum: number): NameHit[] {
  const parsed: NameTokens = nameTokens(payerName);
  if (parsed.tokens.length === 0) return [];
  const payer = payerWords(index, parsed.tokens, parsed.abbreviated);
  const acronym = parsed.tokens.length === 1 ? new Set(index.acronyms.get(parsed.tokens[0] ?? '') ?? []) : new Set<number>();
  const best = new Map<number, number>();
  const joined = parsed.tokens.join(' ');
  const cutOff = joined.length >= CUT_OFF_LENGTH;
  const [firstWord] = payer;
  const score = (recordIds: Iterable<number>) => {
    for (const recordId of recordIds) {
      const record = index.records[recordId];
      if (!record) continue;
      let value = scoreRecord(index, payer, parsed.legalForms, record);
      if (cutOff && value < CUT_OFF_SCORE && firstWord?.resolution.ids.get(record.tokens[0] ?? -1) === 1 && record.tokens.map((id) => index.words[id]).join(' ').startsWith(joined)) {
        value = CUT_OFF_SCORE;
      }
      if (acronym.has(recordId)) value = Math.max(value, 0.8);
      if (value >= minimum && value > (best.get(record.customer) ?? 0)) best.set(record.customer, value);
    }
  };
  const { narrow, wide } = candidateRecords(index, payer);
  score(narrow);
  // Narrowed to names with both rarest words: if that found nothing good, one of them may be a misreading.
  if (wide && Math.max(0, ...best.values()) < 0.8) score(wide());
  score(acronym);
  return [...best].map(([customer, value]) => ({ customer, score: value })).sort((a, b) => b.score - a.score || a.customer - b.customer);
}

/** Few enough records to score one by one. */
const SMALL_POSTING = 150;

function postingsOf(index: NameIndex, word: PayerWord): number[] {
  const out: number[] = [];
  for (const id of word.resolution.ids.keys()) for (const recordId of index.postings[id] ?? []) out.push(recordId);
  return out;
}

function widen(index: NameIndex, rarest: PayerWord, second: PayerWord): Set<number> {
  return new Set([...postingsOf(index, rarest).slice(0, CANDIDATE_LIMIT), ...postingsOf(index, second).slice(0, CANDIDATE_LIMIT)]);
}

/**
 * Records worth scoring: those with the payer's rarest word when it is rare; otherwise those with both of its two
 * rarest words (`narrow`), and, in case one of those two is a misreading, those with either (`wide`, capped).
 */
function candidateRecords(index: NameIndex, payer: PayerWord[]): { narrow: Iterable<number>; wide?: () => Iterable<number> } {
  const ranked = payer.filter((w) => w.resolution.df > 0).sort((a, b) => a.resolution.df - b.resolution.df);
  const [rarest, second] = ranked;
  if (!rarest) return { narrow: [] };
  if (!second || rarest.resolution.df <= SMALL_POSTING) {
    const narrow = new Set(postingsOf(index, rarest));
    if (second && second.resolution.df <= SMALL_POSTING) for (const recordId of postingsOf(index, second)) narrow.add(recordId);
    return { narrow: rarest.resolution.df <= CANDIDATE_LIMIT ? narrow : [...narrow].slice(0, CANDIDATE_LIMIT) };
  }
  const narrow = new Set<number>();
  const [only] = rarest.resolution.ids.keys();
  const [otherOnly] = second.resolution.ids.keys();
  if (rarest.resolution.ids.size === 1 && second.resolution.ids.size === 1 && only !== undefined && otherOnly !== undefined) {
    // Postings are in record order: a merge walks two arrays instead of visiting every record.
    const a = index.postings[only] ?? [];
    const b = index.postings[otherOnly] ?? [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      const x = a[i] ?? 0;
      const y = b[j] ?? 0;
      if (x === y) { narrow.add(x); i++; j++; } else if (x < y) i++; else j++;
    }
    return { narrow, wide: () => widen(index, rarest, second) };
  }
  for (const id of rarest.resolution.ids.keys()) {
    for (const recordId of index.postings[id] ?? []) {
      const tokens = index.records[recordId]?.tokens ?? [];
      for (const token of tokens) if (second.resolution.ids.has(token)) { narrow.add(recordId); break; }
    }
  }
  return { narrow, wide: () => widen(index, rarest, second) };
}
