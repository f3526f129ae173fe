// Fonts for printed documents: Noto Sans (Latin, Cyrillic, Greek) with Noto Sans Telugu as fallback.
// Full TTFs come from npm packages so a fresh clone renders the same, and fontkit shapes Telugu conjuncts
// because it gets the real OpenType tables (split web-font subsets lose them).
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { skipNullAnchors } from './fontkit-null-anchor.js';
import { cacheSubsetGlyphs } from './glyph-subset-cache.js';
import { shapePlainTextDirectly } from './plain-shaping.js';

export type Weight = 'regular' | 'bold';

/**
 * A face registered in a PDF document under `name`; `font` also answers coverage and metric questions.
 * `scale` multiplies the font size: Noto Sans Telugu's letters are drawn small for their em, and at the
 * same nominal size Telugu looked a size smaller than the Latin beside it.
 */
export type Face = { name: string; font: fontkit.Font; scale: number };

const TELUGU_SCALE = 1.1;

const FILES: Record<string, { file: string; scale: number }> = {
  'sans-regular': { file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', scale: 1 },
  'sans-bold': { file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', scale: 1 },
  'telugu-regular': {
    file: '@expo-google-fonts/noto-sans-telugu/400Regular/NotoSansTelugu_400Regular.ttf', scale: TELUGU_SCALE,
  },
  'telugu-bold': { file: '@expo-google-fonts/noto-sans-telugu/700Bold/NotoSansTelugu_700Bold.ttf', scale: TELUGU_SCALE },
};

/** Fallback order per weight: the first face that has a character's glyph draws it. */
const CHAINS: Record<Weight, string[]> = {
  regular: ['sans-regular', 'telugu-regular'],
  bold: ['sans-bold', 'telugu-bold'],
};

const requireFromHere = createRequire(import.meta.url);
const loadedFaces = new Map<string, Face>();
const loadedChains = new Map<Weight, Face[]>();

// Parsed once per process and shared by every document: parsing the layout tables of Noto Sans costs
// ~90 ms, which would dominate rendering many small statements.
function face(name: string): Face {
  let loaded = loadedFaces.get(name);
  if (loaded) return loaded;
  const entry = FILES[name];
  if (entry === undefined) throw new Error(`unknown font face ${name}`);
  const { file, scale } = entry;
  const font = fontkit.openSync(requireFromHere.resolve(file));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, expected a single font`);
  skipNullAnchors(font);
  shapePlainTextDirectly(font);
  cacheSubsetGlyphs(font);
  loaded = { name, font, scale };
  loadedFaces.set(name, loaded);
  return loaded;
}

export function chain(weight: Weight): Face[] {
  let faces = loadedChains.get(weight);
  if (!faces) {
    faces = CHAINS[weight].map(face);
    loadedChains.set(weight, faces);
  }
  return faces;
}

/** Registers every face; pdfkit only embeds the ones a document actually draws with. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FILES)) {
    // pdfkit 0.20 accepts an opened fontkit font (it duck-types `layout`), which @types/pdfkit does not declare.
    doc.registerFont(name, face(name).font as unknown as Buffer);
  }
}

export type Run = { face: Face; text: string };

/** Joiners and spaces belong to whatever run they sit in, so a Telugu phrase is shaped as one piece. */
function sticky(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0xa0 || codePoint === 0x200c || codePoint === 0x200d;
}

/** Splits text into runs that one face can draw, preferring earlier faces in the weight's chain. */
export function runsOf(text: string, weight: Weight): Run[] {
  const faces = chain(weight);
  const primary = faces[0];
  if (primary === undefined) return [];
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    let chosen: Face;
    if (current && sticky(codePoint) && current.face.font.hasGlyphForCodePoint(codePoint)) chosen = current.face;
    else chosen = faces.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? primary;
    if (current && current.face === chosen) current.text += char;
    else {
      current = { face: chosen, text: char };
      runs.push(current);
    }
  }
  return runs;
}

/** Ascent and descent (positive, in em) covering every face of a weight, for line and row heights. */
export function lineMetrics(weight: Weight): { ascent: number; descent: number } {
  let ascent = 0;
  let descent = 0;
  for (const { font, scale } of chain(weight)) {
    ascent = Math.max(ascent, (scale * font.ascent) / font.unitsPerEm);
    descent = Math.max(descent, (-scale * font.descent) / font.unitsPerEm);
  }
  return { ascent, descent };
}
