// One payer against one customer's names (issue #5): does the payer look like the customer the text points at?
// The same weighted Dice as the name search, computed directly on the two names' words.
import { CUT_OFF_LENGTH, CUT_OFF_SCORE, idf, type NameIndex, unknownWeight } from './name-index.js';
import { type NameTokens, nameTokens, tokenSimilarity } from './normalise.js';

/** How much the payer's name resembles one customer's name or aliases (0..1). */
export function nameSimilarity(payerName: string, names: readonly string[], index: NameIndex): number {
  const payer = nameTokens(payerName);
  if (payer.tokens.length === 0) return 0;
  let best = 0;
  for (const name of names) {
    const other = nameTokens(name);
    if (other.tokens.length === 0) continue;
    best = Math.max(best, pairScore(index, payer, other));
  }
  return best;
}

function wordWeight(index: NameIndex, word: string): number {
  const id = index.vocabulary.get(word);
  return id === undefined ? unknownWeight(index) : idf(index, id);
}

function pairScore(index: NameIndex, a: NameTokens, b: NameTokens): number {
  const payer = a.tokens.join(' ');
  if (payer.length >= CUT_OFF_LENGTH && b.tokens.join(' ').startsWith(payer)) return CUT_OFF_SCORE;
  const used = new Set<number>();
  let matched = 0;
  let total = 0;
  for (const word of b.tokens) total += wordWeight(index, word);
  for (const word of a.tokens) {
    const weight = wordWeight(index, word);
    total += weight;
    let best = 0;
    let bestAt = -1;
    b.tokens.forEach((other, at) => {
      const similarity = used.has(at) ? 0 : tokenSimilarity(word, other);
      if (similarity > best) { best = similarity; bestAt = at; }
    });
    if (bestAt < 0) continue;
    used.add(bestAt);
    matched += best * (weight + wordWeight(index, b.tokens[bestAt] ?? ''));
  }
  let score = total > 0 ? matched / total : 0;
  if (a.tokens.length === 1 && b.tokens.length >= 2 && b.tokens.map((t) => t[0]).join('') === a.tokens[0]) score = Math.max(score, 0.8);
  const formsDiffer = a.legalForms.length > 0 && b.legalForms.length > 0 && !a.legalForms.some((f) => b.legalForms.includes(f));
  return formsDiffer ? score * 0.97 : score;
}
