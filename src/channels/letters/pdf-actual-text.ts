// Text whose glyphs are reordered by shaping (Telugu: the reph, pre-base vowel signs, conjuncts) is drawn inside a
// marked-content span carrying the text as /ActualText (PDF 32000-1 §14.9.4), so copying, searching and text
// extraction give the words as written rather than in glyph order ("శీ్ర" for "శ్రీ"). Other text is drawn as is.
import { type Cell, type TextStyle, drawInCell, drawText } from '../pdf/pdf-text.js';

/** Scripts whose shaping reorders or merges glyphs; the six languages need only Telugu. */
const REORDERED = /[\u0900-\u0DFF]/;

export function drawActualText(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, style: TextStyle): number {
  if (!REORDERED.test(text)) return drawText(doc, text, x, baseline, style);
  doc.markContent('Span', { actual: text });
  const width = drawText(doc, text, x, baseline, style);
  doc.endMarkedContent();
  return width;
}

/** drawInCell with the same /ActualText span; a cut-off text carries its whole wording. */
export function drawInCellActual(
  doc: PDFKit.PDFDocument, text: string, cell: Cell, style: TextStyle, shrink = false,
): void {
  if (!REORDERED.test(text)) {
    drawInCell(doc, text, cell, style, shrink);
    return;
  }
  doc.markContent('Span', { actual: text });
  drawInCell(doc, text, cell, style, shrink);
  doc.endMarkedContent();
}
