// Every PDF embeds a subset of the fonts it draws with. fontkit 2.0.4 builds that subset by decoding each glyph's
// whole outline (points, flags) only to learn whether it is a composite, then serialises every table field by
// field; for a one-page letter that was a fifth of the rendering time, most of it for Telugu. A glyph's bytes, its
// components and its metrics never change, and of the subset's tables only loca, glyf and hmtx and two counts
// depend on the glyphs. So glyphs are read once per font and process, the other tables are taken from a subset
// fontkit itself encoded, and the result is byte for byte fontkit's (test/letters-pdf-subset.test.ts compares).
import type * as fontkit from 'fontkit';

/** What the subset needs of a glyph: its glyf bytes, where its component ids sit, and its horizontal metrics. */
type GlyphData = {
  bytes: Uint8Array;
  /** Byte offsets and glyph ids of a composite glyph's components; empty for a simple glyph. */
  components: { pos: number; glyphID: number }[];
  advance: number;
  bearing: number;
};

/** The parts of fontkit's subset that pdfkit uses: it includes glyphs, then encodes once at the end. */
type Subset = { glyphs: number[]; includeGlyph(glyph: number): number; encode(): Uint8Array };
type TrueTypeFont = {
  loca?: { offsets: number[]; version: number };
  directory?: { tables: Record<string, unknown> };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
};
type TrueTypeGlyph = {
  advanceWidth: number;
  _decode(): { numberOfContours: number; components?: { pos: number; glyphID: number }[] } | null;
  _getMetrics(): { leftBearing: number };
};

/** The table directory of a subset fontkit encoded: table order and the bytes of the tables that never change. */
type Template = { header: Uint8Array; tags: string[]; tables: Map<string, Uint8Array> };

function readGlyph(font: fontkit.Font, offsets: number[], gid: number): GlyphData {
  // fontkit keeps the first glyph object made for an id, with the characters it was made for, and pdfkit's
  // ToUnicode map takes them from it. A component of a composite (Latin "A" inside Cyrillic "А") made here would
  // have none, and later documents would map the letter to nothing: so a glyph made here is not kept.
  const glyphs = (font as unknown as { _glyphs?: Record<number, unknown> })._glyphs;
  const known = glyphs !== undefined && glyphs[gid] !== undefined;
  const glyph = font.getGlyph(gid) as unknown as TrueTypeGlyph;
  if (glyphs && !known) delete glyphs[gid];
  const start = offsets[gid] ?? 0;
  const end = offsets[gid + 1] ?? start;
  const stream = (font as unknown as TrueTypeFont)._getTableStream('glyf');
  stream.pos += start;
  // A copy, so the cache does not pin a view into fontkit's stream.
  const bytes = Uint8Array.from(stream.readBuffer(end - start));
  const decoded = glyph._decode();
  const components = decoded && decoded.numberOfContours < 0
    ? (decoded.components ?? []).map(({ pos, glyphID }) => ({ pos, glyphID }))
    : [];
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

function readTemplate(encoded: Uint8Array): Template {
  const view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  const count = view.getUint16(4);
  const tags: string[] = [];
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...encoded.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    tags.push(tag);
    tables.set(tag, encoded.slice(offset, offset + view.getUint32(entry + 12)));
  }
  return { header: encoded.slice(0, 12 + 16 * count), tags, tables };
}

/** A copy of `bytes` with a big-endian uint16 at `offset`. */
function withUint16(bytes: Uint8Array | undefined, offset: number, value: number): Uint8Array {
  if (!bytes) throw new Error('font subset template lacks a table');
  const copy = Uint8Array.from(bytes);
  new DataView(copy.buffer).setUint16(offset, value);
  return copy;
}

/** The subset's glyf, loca and hmtx, in the order fontkit adds glyphs (components after the glyphs using them). */
function glyphTables(subset: Subset, glyphData: (gid: number) => GlyphData, longOffsets: boolean) {
  const glyf: Uint8Array[] = [];
  const offsets: number[] = [];
  const metrics: [number, number][] = [];
  let offset = 0;
  // Components are included while looping, so the list may grow.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const data = glyphData(subset.glyphs[i] ?? 0);
    let { bytes } = data;
    if (data.components.length > 0) {
      bytes = Uint8Array.from(bytes);
      const view = new DataView(bytes.buffer);
      for (const component of data.components) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    glyf.push(bytes);
    offsets.push(offset);
    metrics.push([data.advance, data.bearing]);
    offset += bytes.length;
  }
  offsets.push(offset);
  const loca = new Uint8Array(offsets.length * (longOffsets ? 4 : 2));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((value, i) => {
    if (longOffsets) locaView.setUint32(4 * i, value);
    else locaView.setUint16(2 * i, value >>> 1);
  });
  const hmtx = new Uint8Array(metrics.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  metrics.forEach(([advance, bearing], i) => {
    hmtxView.setUint16(4 * i, advance);
    hmtxView.setInt16(4 * i + 2, bearing);
  });
  const glyfBytes = new Uint8Array(offset);
  let at = 0;
  for (const bytes of glyf) {
    glyfBytes.set(bytes, at);
    at += bytes.length;
  }
  return { glyf: glyfBytes, loca, hmtx, count: glyf.length };
}

function assemble(template: Template, tables: Map<string, Uint8Array>): Uint8Array {
  const { header, tags } = template;
  const size = tags.reduce((sum, tag) => sum + (tables.get(tag)?.length ?? 0), header.length);
  const out = new Uint8Array(size);
  out.set(header);
  const view = new DataView(out.buffer);
  let offset = header.length;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag) ?? new Uint8Array(0);
    // Tag and checksum (fontkit writes 0) stay as in the template; offset and length are this subset's.
    view.setUint32(12 + 16 * i + 8, offset);
    view.setUint32(12 + 16 * i + 12, bytes.length);
    out.set(bytes, offset);
    offset += bytes.length;
  });
  return out;
}

/**
 * Makes this font's subsets encode from cached glyphs and tables. Only plain TrueType outlines qualify: a CFF or
 * variable font keeps fontkit's own subsetting.
 */
export function cacheSubsetGlyphs(font: fontkit.Font): void {
  const tt = font as unknown as TrueTypeFont;
  const tables = tt.directory?.tables ?? {};
  const loca = tt.loca;
  if (!loca || !('glyf' in tables) || 'CFF ' in tables || 'fvar' in tables || tt._variationProcessor) return;
  const createSubset = font.createSubset.bind(font);
  const cache = new Map<number, GlyphData>();
  const glyphData = (gid: number): GlyphData => {
    let data = cache.get(gid);
    if (!data) {
      data = readGlyph(font, loca.offsets, gid);
      cache.set(gid, data);
    }
    return data;
  };
  let template: Template | undefined;
  font.createSubset = () => {
    template ??= readTemplate((createSubset() as unknown as Subset).encode());
    const fixed = template;
    const subset = createSubset() as unknown as Subset;
    subset.encode = function encodeFromCache(this: Subset): Uint8Array {
      const built = glyphTables(this, glyphData, loca.version === 1);
      const encoded = new Map(fixed.tables);
      encoded.set('glyf', built.glyf);
      encoded.set('loca', built.loca);
      encoded.set('hmtx', built.hmtx);
      // maxp.numGlyphs (bytes 4–5) and hhea.numberOfMetrics (bytes 34–35), as fontkit sets them.
      encoded.set('maxp', withUint16(fixed.tables.get('maxp'), 4, built.count));
      encoded.set('hhea', withUint16(fixed.tables.get('hhea'), 34, built.count));
      return assemble(fixed, encoded);
    };
    return subset as unknown as ReturnType<typeof createSubset>;
  };
}
