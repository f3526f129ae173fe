// Single-line text drawing with per-character font fallback: each run goes to the face that has its glyphs,
// placed by baseline so Noto Sans and Noto Sans Telugu (different ascents) sit on one line.
import { type Weight, runsOf } from './fonts.js';
import { useFace } from './shared-layout-cache.js';

export type TextStyle = { weight: Weight; size: number; color?: string };

export type Align = 'left' | 'right';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  let width = 0;
  for (const run of runsOf(text, style.weight)) {
    useFace(doc, run.face, style.size);
    width += doc.widthOfString(run.text);
  }
  return width;
}

/** Draws text starting at x with its baseline at `baseline`; never wraps and never adds a page. */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, style: TextStyle): number {
  doc.fillColor(style.color ?? '#000000');
  let left = x;
  for (const run of runsOf(text, style.weight)) {
    useFace(doc, run.face, style.size);
    doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
    left += doc.widthOfString(run.text);
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
 * never lose digits) the size is reduced until the text fits instead.
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
  drawText(doc, fitted, x, cell.baseline, used);
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
