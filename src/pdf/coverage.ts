// Which characters the embedded font can draw, read from its own cmap, so nothing the font lacks is
// printed as an invisible .notdef box: such characters are replaced by a visible marker instead.

/** The code points the font maps to a real glyph. */
export type Coverage = ReadonlySet<number>;

/** Printed in place of a character the font cannot draw. */
export const MISSING_MARK = '\uFFFD';

export function fontCoverage(ttf: Uint8Array): Coverage {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(ttf[rec]!, ttf[rec + 1]!, ttf[rec + 2]!, ttf[rec + 3]!);
    if (tag === 'cmap') cmap = view.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    subtables.push({ platform: view.getUint16(rec), encoding: view.getUint16(rec + 2), offset: cmap + view.getUint32(rec + 4) });
  }
  const pick = (p: number, e: number) => subtables.find((s) => s.platform === p && s.encoding === e);
  const table = pick(3, 10) ?? pick(0, 4) ?? pick(3, 1) ?? pick(0, 3);
  if (!table) throw new Error('font has no Unicode cmap');
  const format = view.getUint16(table.offset);
  if (format === 12) return readFormat12(view, table.offset);
  if (format === 4) return readFormat4(view, table.offset);
  throw new Error(`unsupported cmap format ${format}`);
}

function readFormat4(view: DataView, at: number): Set<number> {
  const covered = new Set<number>();
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
  return covered;
}

function readFormat12(view: DataView, at: number): Set<number> {
  const covered = new Set<number>();
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const start = view.getUint32(rec);
    const end = view.getUint32(rec + 4);
    const glyph = view.getUint32(rec + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) covered.add(c);
  }
  return covered;
}

export interface Sanitized {
  text: string;
  /** How many characters (grapheme clusters) were replaced by MISSING_MARK. */
  replaced: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const isControl = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp < 0xa0);

/** A UTF-16 unit printed as it is: a line break, or a covered non-control (a surrogate is never covered). */
const isPrintableUnit = (cu: number, coverage: Coverage): boolean => cu === 10 || (!isControl(cu) && coverage.has(cu));

function printable(text: string, coverage: Coverage): boolean {
  for (let i = 0; i < text.length; i++) if (!isPrintableUnit(text.charCodeAt(i), coverage)) return false;
  return true;
}

/**
 * Makes text printable with the font: NFC first (a decomposed "å" becomes one covered code point), then
 * every user-perceived character with a code point the font lacks (an emoji with its joiners and
 * variation selectors, a CJK sign) becomes one MISSING_MARK. Line breaks stay; other controls become spaces.
 */
export function sanitizeForFont(text: string, coverage: Coverage): Sanitized {
  const normalized = text.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n');
  if (printable(normalized, coverage)) return { text: normalized, replaced: 0 }; // the common case, without segmenting
  // Only the characters (grapheme clusters) around a code point the font lacks are segmented: the stress
  // document's texts each carry an emoji, and segmenting every one whole was a tenth of its time.
  // The text before such a cluster is whole clusters of printable characters, which the loop would keep as they are.
  let out = '';
  let replaced = 0;
  const segments = segmenter.segment(normalized);
  let pos = 0;
  while (pos < normalized.length) {
    let i = pos;
    while (i < normalized.length && isPrintableUnit(normalized.charCodeAt(i), coverage)) i++;
    if (i === normalized.length) {
      out += normalized.slice(pos);
      break;
    }
    const { segment, index } = segments.containing(i)!;
    out += normalized.slice(pos, index);
    pos = index + segment.length;
    if (segment === '\n') {
      out += segment;
      continue;
    }
    let ok = true;
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      if (isControl(cp)) continue; // controls become spaces below
      if (!coverage.has(cp)) ok = false;
    }
    if (ok) out += Array.from(segment, (ch) => (isControl(ch.charCodeAt(0)) ? ' ' : ch)).join('');
    else {
      out += MISSING_MARK;
      replaced++;
    }
  }
  return { text: out, replaced };
}
