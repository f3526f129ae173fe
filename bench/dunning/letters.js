// Letter PDFs: renderDunningLetterPdf(sampleDunningInput(lang, level, 3)) round-robin over the six languages and four
// levels. One warm-up letter per language (font loading) is timed separately and not counted.
import { renderDunningLetterPdf } from '../../dist/channels/letters/letter-pdf.js';
import { sampleDunningInput } from '../../dist/channels/letters/sample-input.js';
import { log, round, timed } from '../lib/util.js';

export const LANGUAGES = ['en', 'nb', 'sv', 'bg', 'fil', 'te'];

export async function benchLetters(count) {
  const warmUp = {};
  for (const lang of LANGUAGES) warmUp[lang] = (await timed(() => renderDunningLetterPdf(sampleDunningInput(lang, 1, 3)))).ms;
  const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, { letters: 0, ms: 0, bytes: 0 }]));
  const total = await timed(async () => {
    for (let i = 0; i < count; i++) {
      const lang = LANGUAGES[i % LANGUAGES.length];
      const level = (Math.floor(i / LANGUAGES.length) % 4) + 1;
      const pdf = await timed(() => renderDunningLetterPdf(sampleDunningInput(lang, level, 3)));
      const s = byLanguage[lang];
      s.letters += 1;
      s.ms += pdf.ms;
      s.bytes += pdf.value.length;
    }
  });
  const perSec = round(count / (total.ms / 1000), 1);
  log(`letters: ${count} PDFs in ${total.ms} ms (${perSec}/s)`);
  return {
    letters: count, invoicesPerLetter: 3, totalMs: total.ms, lettersPerSec: perSec, warmUpMsByLanguage: warmUp,
    byLanguage: Object.fromEntries(Object.entries(byLanguage).map(([l, s]) => [l, {
      letters: s.letters, ms: round(s.ms), lettersPerSec: round(s.letters / (s.ms / 1000), 1), avgPdfBytes: Math.round(s.bytes / s.letters),
    }])),
  };
}
