// Work-around for fontkit 2.0.4 crashing on NULL GPOS anchors (foliojs/fontkit#367, fix proposed in #374).
// The OpenType spec allows a zero anchor offset in mark-to-base/ligature/mark subtables ("no anchor for this
// class here"); Noto Sans Telugu has them, so shaping "క్రెడిట్" or "శ్రీ" throws
// "Cannot read properties of null (reading 'xCoordinate')". HarfBuzz treats such a subtable as not applying
// and tries the lookup's next subtable; this does the same for one font's GPOS processor.
import type * as fontkit from 'fontkit';

type Anchor = unknown;
type MarkRecord = { markAnchor?: Anchor | null };
type GposProcessor = {
  applyLookup(this: GposProcessor, lookupType: number, table: unknown): boolean;
  applyAnchor(this: GposProcessor, markRecord: MarkRecord, baseAnchor: Anchor | null | undefined, baseIndex: number): void;
};
type WithLayoutEngine = { _layoutEngine?: { engine?: { GPOSProcessor?: GposProcessor | null } } };

const NULL_ANCHOR = Symbol('null GPOS anchor');

/** Patches this font's (cached, per-font) GPOS processor; a fontkit with the fix behaves the same. */
export function skipNullAnchors(font: fontkit.Font): void {
  // Private fontkit API: `_layoutEngine` is a cached getter, so the processor patched here is the one layout uses.
  const gpos = (font as unknown as WithLayoutEngine)._layoutEngine?.engine?.GPOSProcessor;
  if (!gpos) return;
  const { applyLookup, applyAnchor } = gpos;
  gpos.applyAnchor = function patchedApplyAnchor(markRecord, baseAnchor, baseIndex) {
    if (baseAnchor == null || markRecord.markAnchor == null) throw NULL_ANCHOR;
    applyAnchor.call(this, markRecord, baseAnchor, baseIndex);
  };
  gpos.applyLookup = function patchedApplyLookup(lookupType, table) {
    try {
      return applyLookup.call(this, lookupType, table);
    } catch (error) {
      if (error === NULL_ANCHOR) return false;
      throw error;
    }
  };
}
