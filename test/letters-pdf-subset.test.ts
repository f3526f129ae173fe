import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { renderDunningLetterPdf } from '../src/channels/letters/letter-pdf.js';
import { sampleDunningInput } from '../src/channels/letters/sample-input.js';
import { chain } from '../src/channels/pdf/fonts.js';

// The font subsets embedded in letters and statements are encoded from cached glyphs and tables
// (src/channels/pdf/glyph-subset-cache.ts); they must be byte for byte what fontkit itself encodes.

const FILES: Record<string, string> = {
  'sans-regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'telugu-regular': '@expo-google-fonts/noto-sans-telugu/400Regular/NotoSansTelugu_400Regular.ttf',
  'telugu-bold': '@expo-google-fonts/noto-sans-telugu/700Bold/NotoSansTelugu_700Bold.ttf',
};

const TEXTS = [
  'Harbour Supplies Ltd · 1 045 304,38 NOK', 'Åsa Ölundsbageri AB, Bærum Kafé', 'Хлебозавод „Щастие“ АД',
  'శ్రీ లక్ష్మీ ట్రేడర్స్', 'క్రెడిట్ కంట్రోలర్ ఆలస్యపు వడ్డీ', 'ఇన్వాయిస్‌ల మొత్తం',
];

type Glyphs = { glyphs: { id: number }[] };
type Decoded = { numberOfContours: number } | null;

function subsetBytes(font: fontkit.Font, ids: readonly number[]): Uint8Array {
  // By id: font.getGlyph(id) would itself leave a glyph without characters in fontkit's cache.
  const subset = font.createSubset() as unknown as { includeGlyph(id: number): number; encode(): Uint8Array };
  for (const id of ids) subset.includeGlyph(id);
  return Uint8Array.from(subset.encode());
}

describe('cached font subsets', () => {
  const require = createRequire(import.meta.url);
  for (const [name, file] of Object.entries(FILES)) {
    it(`encode ${name} exactly as fontkit does`, () => {
      const plain = fontkit.openSync(require.resolve(file)) as fontkit.Font;
      const cached = [...chain('regular'), ...chain('bold')].find((face) => face.name === name)?.font;
      expect(cached).toBeDefined();
      if (!cached) return;
      // Glyphs a document would use (shaped by the patched face: fontkit alone trips over Telugu's null anchors),
      // and composite glyphs, whose component ids the subset renumbers.
      const used = TEXTS.flatMap((text) => (cached.layout(text) as unknown as Glyphs).glyphs.map((g) => g.id));
      const composites: number[] = [];
      for (let id = 0; id < plain.numGlyphs && composites.length < 40; id++) {
        const decoded = (plain.getGlyph(id) as unknown as { _decode(): Decoded })._decode();
        if (decoded && decoded.numberOfContours < 0) composites.push(id);
      }
      const sets = [[], used, composites, [...composites].reverse().concat(used), [...used, ...composites, 3, 3, 1]];
      for (const ids of sets) expect(subsetBytes(cached, ids)).toEqual(subsetBytes(plain, ids));
      // The cache is not disturbed by a second round.
      expect(subsetBytes(cached, used)).toEqual(subsetBytes(plain, used));
    });
  }

  // Subsetting a composite (Cyrillic "А" is drawn with Latin "A") must not leave fontkit holding a component glyph
  // without its characters: later documents would map that letter to nothing in their ToUnicode maps. The subsets
  // above included every kind of composite; the letters after them map every glyph they use.
  it('leaves later documents\' ToUnicode maps whole, whatever was subset before', async () => {
    await renderDunningLetterPdf(sampleDunningInput('bg', 4, 60));
    // (Telugu shaping makes glyphs that stand for no character of their own: its text carries /ActualText.)
    for (const language of ['en', 'fil', 'nb']) {
      const pdf = (await renderDunningLetterPdf(sampleDunningInput(language, 2, 3), { compress: false })).toString('latin1');
      const maps = [...pdf.matchAll(/beginbfrange\n([^]*?)endbfrange/g)].map((m) => m[1] ?? '');
      expect(maps.length).toBeGreaterThan(0);
      for (const map of maps) expect(map).not.toContain('<>');
    }
  });
});
