// Amounts, dates and document references are most of a statement's text and nearly all distinct, and
// fontkit's shaping costs 100–250 µs a call on Noto Sans however short the string (it walks every lookup of a
// big font). For digits, separators and capitals, shaping is each character's own glyph in a row unless a pair
// kerns or ligates ("AV", "T."), so a string is laid out directly when every character and every adjacent
// pair has been seen to shape that way; otherwise it goes through the shaper. Verdicts are memoised per font.
import type * as fontkit from 'fontkit';

const CANDIDATES = new Set('0123456789.,:;/-+()%#\'" \u00a0\u202f\u2212\u2013ABCDEFGHIJKLMNOPQRSTUVWXYZ');

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Shaped = { glyph: fontkit.Glyph; position: Position };
type Layout = (text: string, ...rest: unknown[]) => fontkit.GlyphRun;

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a.xAdvance === b.xAdvance && a.yAdvance === b.yAdvance
    && a.xOffset === b.xOffset && a.yOffset === b.yOffset;
}

/** Gives this font instance a `layout` that skips the shaper for strings it has shown to need none. */
export function shapePlainTextDirectly(font: fontkit.Font): void {
  const original: Layout = font.layout.bind(font) as Layout;
  const alone = new Map<string, Shaped | null>();
  const pairs = new Map<string, boolean>();

  const shapedAlone = (char: string): Shaped | null => {
    let shaped = alone.get(char);
    if (shaped !== undefined) return shaped;
    const run = original(char);
    const glyph = run.glyphs[0];
    const position = run.positions[0];
    shaped = run.glyphs.length === 1 && glyph && glyph.id !== 0 && position
      && position.xOffset === 0 && position.yOffset === 0 ? { glyph, position: { ...position } } : null;
    alone.set(char, shaped);
    return shaped;
  };

  const plainPair = (a: string, b: string, shapedA: Shaped, shapedB: Shaped): boolean => {
    const key = a + b;
    let plain = pairs.get(key);
    if (plain !== undefined) return plain;
    const run = original(key);
    plain = run.glyphs.length === 2 && run.glyphs[0]?.id === shapedA.glyph.id && run.glyphs[1]?.id === shapedB.glyph.id
      && samePosition(run.positions[0], shapedA.position) && samePosition(run.positions[1], shapedB.position);
    pairs.set(key, plain);
    return plain;
  };

  const layout = (text: string, ...rest: unknown[]): fontkit.GlyphRun => {
    // Explicit features, script or direction mean a caller wants real shaping.
    if (rest.some((arg) => arg !== undefined) || text === '') return original(text, ...rest);
    const glyphs: fontkit.Glyph[] = [];
    const positions: Position[] = [];
    let previous: { char: string; shaped: Shaped } | undefined;
    for (const char of text) {
      if (!CANDIDATES.has(char)) return original(text, ...rest);
      const shaped = shapedAlone(char);
      if (!shaped) return original(text, ...rest);
      if (previous && !plainPair(previous.char, char, previous.shaped, shaped)) return original(text, ...rest);
      glyphs.push(shaped.glyph);
      // Fresh objects: pdfkit scales positions in place.
      positions.push({ ...shaped.position });
      previous = { char, shaped };
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
