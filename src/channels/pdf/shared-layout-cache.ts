// pdfkit caches shaped words per document; shaping is most of the cost of a small statement and depends only
// on the font, so every document shares one cache per face.
import type { Face } from './fonts.js';

type LayoutCache = Record<string, unknown>;
type WithFont = { _font?: { layoutCache?: LayoutCache } };

const layoutCaches = new Map<string, LayoutCache>();
let documentsSinceReset = 0;
/** Shaped words are dropped every so many documents, so a long-running server's cache stays bounded. */
const DOCUMENTS_PER_CACHE = 100;

/** Call once per document: counts documents for the shared shaping cache's periodic reset. */
export function startDocument(): void {
  documentsSinceReset += 1;
  if (documentsSinceReset >= DOCUMENTS_PER_CACHE) {
    layoutCaches.clear();
    documentsSinceReset = 0;
  }
}

/**
 * Selects a face at a nominal size, pointing the document's font at the shared cache.
 * `_font.layoutCache` is a private pdfkit field: if it ever goes away this only gets slower.
 */
export function useFace(doc: PDFKit.PDFDocument, face: Face, size: number): void {
  doc.font(face.name).fontSize(size * face.scale);
  const current = (doc as unknown as WithFont)._font;
  if (current?.layoutCache === undefined) return;
  let shared = layoutCaches.get(face.name);
  if (!shared) {
    shared = Object.create(null) as LayoutCache;
    layoutCaches.set(face.name, shared);
  }
  if (current.layoutCache !== shared) current.layoutCache = shared;
}
