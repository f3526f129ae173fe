// Single-line text drawing with per-character font fallback: each run goes to the face that has its glyphs,
// placed by baseline so Noto Sans and Noto Sans Telugu (different ascents) sit on one line.
import { type Face, type Weight, runsOf } from './fonts.js';
import { useFace } from './shared-layout-cache.js';

export type TextStyle = { weight: Weight; size: number; color?: string };

export type Align = 'left' | 'right';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A run of one face with its width per point of nominal size. */
type MeasuredRun = { face: Face; text: string; em: number };
type Measured = { runs: MeasuredRun[]; em: number };

/**
 * Widths scale with the size and depend on nothing else but the face, so a text's runs and widths are worked out
 * once per process: letters measure the same template words, labels and amounts over and over (every candidate
 * line of a word wrap, every step of a truncation). Bounded like the shaping cache.
 */
const measuredTexts = new Map<string, Measured>();
const MAX_MEASURED = 20_000;

function measure(doc: PDFKit.PDFDocument, text: string, weight: Weight): Measured {
  const key = `${weight}\u0000${text}`;
  let measured = measuredTexts.get(key);
  if (measured) return measured;
  const runs: MeasuredRun[] = [];
  let em = 0;
  for (const run of runsOf(text, weight)) {
    // At a nominal size of 1 pdfkit's width is the run's width per point.
    useFace(doc, run.face, 1);
    const width = doc.widthOfString(run.text);
    runs.push({ face: run.face, text: run.text, em: width });
    em += width;
  }
  measured = { runs, em };
  if (measuredTexts.size >= MAX_MEASURED) measuredTexts.clear();
  measuredTexts.set(key, measured);
  return measured;
}

export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  return measure(doc, text, style.weight).em * style.size;
}

/** Width per point of a face's space, as pdfkit lays it out. */
const spaceEms = new Map<string, number>();

function spaceEm(doc: PDFKit.PDFDocument, face: Face): number {
  let em = spaceEms.get(face.name);
  if (em === undefined) {
    useFace(doc, face, 1);
    em = doc.widthOfString(' ');
    spaceEms.set(face.name, em);
  }
  return em;
}

/**
 * The width of a word in running text, the same as textWidth's. pdfkit shapes a line piece by piece, each word
 * with the space after it ("Dear ", "Sirs"), so the word is measured with its space, which comes off again
 * (Noto kerns nothing across a space): the shaping a measure costs is then the one the drawn line reuses, where
 * measuring the bare word would shape every word of a letter twice.
 */
export function wordWidth(doc: PDFKit.PDFDocument, word: string, style: TextStyle): number {
  const spaced = measure(doc, `${word} `, style.weight);
  const last = spaced.runs[spaced.runs.length - 1];
  if (!last?.text.endsWith(' ')) return textWidth(doc, word, style);
  return (spaced.em - spaceEm(doc, last.face)) * style.size;
}

/**
 * Scripts whose shaping reorders or merges glyphs (Telugu: the reph, pre-base vowel signs, conjuncts); the six
 * languages need only Telugu.
 */
const REORDERED = /[\u0900-\u0DFF]/;

/**
 * Draws text starting at x with its baseline at `baseline`; never wraps and never adds a page. Text in a script
 * whose glyphs shaping reorders is drawn inside a marked-content span carrying `actual` (by default the text) as
 * /ActualText (PDF 32000-1 §14.9.4), so copying, searching and text extraction give the words as written rather
 * than in glyph order ("శీ్ర" for "శ్రీ"): in paragraphs, table cells and page furniture alike.
 */
export function drawText(
  doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, style: TextStyle, actual = text,
): number {
  if (!REORDERED.test(actual)) return drawRuns(doc, text, x, baseline, style);
  doc.markContent('Span', { actual });
  const width = drawRuns(doc, text, x, baseline, style);
  doc.endMarkedContent();
  return width;
}

/** pdfkit's private one-line text drawing, which `doc.text` ends in; `textWidth` spares it measuring again. */
type Fragment = (text: string, x: number, y: number, options: Record<string, unknown>) => void;

function drawRuns(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, style: TextStyle): number {
  doc.fillColor(style.color ?? '#000000');
  const fragment = (doc as unknown as { _fragment?: Fragment })._fragment;
  let left = x;
  for (const run of measure(doc, text, style.weight).runs) {
    useFace(doc, run.face, style.size);
    const width = run.em * style.size;
    // The same content as doc.text with lineBreak false, without measuring each run twice more (a letter draws
    // a few hundred runs); a pdfkit without `_fragment` takes the public way.
    if (typeof fragment === 'function') {
      fragment.call(doc, run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic', textWidth: width, wordCount: 1 });
    } else doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
    left += width;
  }
  return left - x;
}

/** Cuts whole grapheme clusters (never half a Telugu syllable) and adds "…" until the text fits. */
export function truncate(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string {
  if (textWidth(doc, text, style) <= width) return text;
  const clusters = [...graphemes.segment(text)].map((s) => s.segment);
  while (clusters.length > 0) {
    clusters.pop();
    const candidate = clusters.join('').trimEnd() + ELLIPSIS;
    if (textWidth(doc, candidate, style) <= width) return candidate;
  }
  return '';
}

export type Cell = { x: number; width: number; baseline: number; align: Align };

/**
 * Draws text inside a cell. Words are cut with an ellipsis when too long; with `shrink` (amounts, which must
 * never lose digits) the size is reduced until the text fits instead. A cut-off text's /ActualText (see
 * drawText) carries its whole wording.
 */
export function drawInCell(
  doc: PDFKit.PDFDocument, text: string, cell: Cell, style: TextStyle, shrink = false,
): void {
  let fitted = text;
  let used = style;
  let width = textWidth(doc, text, style);
  if (width > cell.width) {
    if (shrink) {
      used = { ...style, size: (style.size * cell.width) / width };
      width = cell.width;
    } else {
      fitted = truncate(doc, text, cell.width, style);
      width = textWidth(doc, fitted, style);
    }
  }
  const x = cell.align === 'right' ? cell.x + cell.width - width : cell.x;
  drawText(doc, fitted, x, cell.baseline, used, text);
}

/** Greedy word wrap to `width`; a single word wider than the line stays whole (callers truncate it). */
export function wrapText(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && textWidth(doc, candidate, style) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}
