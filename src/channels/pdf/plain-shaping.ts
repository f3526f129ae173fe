// Amounts, dates and day counts are most of a statement's text and nearly all distinct, and fontkit's shaping
// costs 100–250 µs a call on Noto Sans however short the string (it walks every lookup of a big font).
// Digits and separators do not kern, ligate or reorder with one another in Noto Sans, so shaping such a string
// is just each character's own glyph in a row. That is checked per font, pair by pair, the first time it
// matters; strings with any other character still go through the shaper.
import type * as fontkit from 'fontkit';

const CANDIDATES = '0123456789.,:;/-+()%#\'" \u00a0\u202f\u2212\u2013';

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Shaped = { glyph: fontkit.Glyph; position: Position };
type Layout = (text: string, ...rest: unknown[]) => fontkit.GlyphRun;

function sameRun(run: fontkit.GlyphRun, expected: Shaped[]): boolean {
  if (run.glyphs.length !== expected.length) return false;
  return expected.every((shaped, i) => {
    const position = run.positions[i];
    return run.glyphs[i]?.id === shaped.glyph.id && position !== undefined
      && position.xAdvance === shaped.position.xAdvance && position.yAdvance === shaped.position.yAdvance
      && position.xOffset === shaped.position.xOffset && position.yOffset === shaped.position.yOffset;
  });
}

/** Characters whose shaping, alone and next to any other such character, is their own glyph unmoved. */
function plainCharacters(layout: Layout): Map<string, Shaped> {
  const alone = new Map<string, Shaped>();
  for (const char of CANDIDATES) {
    const run = layout(char);
    const glyph = run.glyphs[0];
    const position = run.positions[0];
    if (run.glyphs.length !== 1 || !glyph || !position || glyph.id === 0) continue;
    if (position.xOffset !== 0 || position.yOffset !== 0) continue;
    alone.set(char, { glyph, position: { ...position } });
  }
  const plain = new Map(alone);
  for (const [a, shapedA] of alone) {
    for (const [b, shapedB] of alone) {
      if (!sameRun(layout(a + b), [shapedA, shapedB])) {
        plain.delete(a);
        plain.delete(b);
      }
    }
  }
  return plain;
}

/** Gives this font instance a `layout` that skips the shaper for strings made only of plain characters. */
export function shapePlainTextDirectly(font: fontkit.Font): void {
  const original: Layout = font.layout.bind(font) as Layout;
  let plain: Map<string, Shaped> | undefined;
  const candidates = new Set(CANDIDATES);
  const layout = (text: string, ...rest: unknown[]): fontkit.GlyphRun => {
    // Explicit features, script or direction mean a caller wants real shaping.
    if (rest.some((arg) => arg !== undefined) || text === '') return original(text, ...rest);
    for (const char of text) if (!candidates.has(char)) return original(text, ...rest);
    plain ??= plainCharacters(original);
    const glyphs: fontkit.Glyph[] = [];
    const positions: Position[] = [];
    for (const char of text) {
      const shaped = plain.get(char);
      if (!shaped) return original(text, ...rest);
      glyphs.push(shaped.glyph);
      // Fresh objects: pdfkit scales positions in place.
      positions.push({ ...shaped.position });
    }
    // What pdfkit reads of a GlyphRun; advanceWidth stays a getter as in fontkit, since positions get scaled.
    const run = {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + position.xAdvance, 0);
      },
    };
    return run as unknown as fontkit.GlyphRun;
  };
  font.layout = layout as typeof font.layout;
}
