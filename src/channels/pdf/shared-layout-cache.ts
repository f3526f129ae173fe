// pdfkit caches shaped words per document; shaping is most of the cost of a small statement or letter and depends
// only on the font, so every document shares one cache per face.
import type { Face } from './fonts.js';

type LayoutCache = Record<string, unknown>;
type WithFont = { _font?: { layoutCache?: LayoutCache } };

const layoutCaches = new Map<string, LayoutCache>();
let documentsSinceCheck = 0;
/** How often the caches' sizes are looked at: counting the keys costs a little, so not for every document. */
const DOCUMENTS_PER_CHECK = 25;
/**
 * Shaped words a face's cache may hold before it is dropped, so a long-running server's cache stays bounded
 * (10,000 short runs are a few MB). A letter's or statement's words are mostly its template's, a few thousand per language; dropping
 * the cache every 100 documents instead (as before) made a steady stream of letters reshape all of them.
 */
const MAX_WORDS_PER_FACE = 10_000;

/** Call once per document: now and then drops a face's shaped words once there are too many. */
export function startDocument(): void {
  documentsSinceCheck += 1;
  if (documentsSinceCheck < DOCUMENTS_PER_CHECK) return;
  documentsSinceCheck = 0;
  for (const [name, cache] of layoutCaches) {
    if (Object.keys(cache).length > MAX_WORDS_PER_FACE) layoutCaches.delete(name);
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
