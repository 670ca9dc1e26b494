// Edits one visible word of a PDF the app made, the way someone with a PDF editor would, leaving the
// embedded data alone: the page's text is glyph ids in a compressed stream, so the stream is inflated, the
// ids of `from` replaced by those of `to` (same number of characters), deflated, and the xref rebuilt.
import { deflateSync, inflateSync } from 'node:zlib';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

interface Stream {
  /** Offsets in the file of the stream's data. */
  start: number;
  end: number;
  /** Offset of the number after /Length in the dictionary. */
  lengthAt: number;
  lengthText: string;
  data: string;
}

function streams(pdf: string): Stream[] {
  const out: Stream[] = [];
  const re = /\d+ 0 obj\s*<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(pdf); m !== null; m = re.exec(pdf)) {
    const length = /\/Length (\d+)/.exec(m[1]!);
    if (!length || !m[1]!.includes('/FlateDecode')) continue;
    const start = m.index + m[0].length;
    const end = start + Number(length[1]);
    const lengthAt = m.index + m[0].indexOf('/Length ') + '/Length '.length;
    out.push({ start, end, lengthAt, lengthText: length[1]!, data: latin1(inflateSync(bytesOf(pdf.slice(start, end)))) });
  }
  return out;
}

/** Character → glyph id (4 hex digits) from the fonts' ToUnicode maps. */
function glyphIds(all: Stream[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of all.filter((x) => x.data.includes('beginbfchar'))) {
    for (const m of s.data.matchAll(/<([0-9a-f]{4})><([0-9a-f]{4})>/gi)) map.set(String.fromCharCode(parseInt(m[2]!, 16)), m[1]!.toLowerCase());
  }
  return map;
}

function encode(text: string, ids: Map<string, string>): string {
  return [...text]
    .map((ch) => {
      const id = ids.get(ch);
      if (id === undefined) throw new Error(`the PDF's fonts have no glyph for "${ch}"`);
      return id;
    })
    .join('');
}

function rebuildXref(pdf: string): string {
  const body = pdf.slice(0, pdf.lastIndexOf('xref'));
  const offsets = new Map<number, number>();
  for (const m of body.matchAll(/(?:^|\n)(\d+) 0 obj/g)) offsets.set(Number(m[1]), m.index + (m[0].startsWith('\n') ? 1 : 0));
  const size = Math.max(...offsets.keys()) + 1;
  const rows = ['0000000000 65535 f '];
  for (let n = 1; n < size; n++) rows.push(`${String(offsets.get(n) ?? 0).padStart(10, '0')} ${offsets.has(n) ? '00000 n' : '65535 f'} `);
  const trailer = pdf.slice(pdf.lastIndexOf('trailer'), pdf.lastIndexOf('startxref'));
  return `${body}xref\n0 ${size}\n${rows.join('\n')}\n${trailer}startxref\n${body.length}\n%%EOF`;
}

// Glyph codes in a literal string, as the app writes them since 2026-12 (two bytes a glyph; backslash,
// parentheses, CR and LF escaped), seen as the same hex as the older PDFs' <…> strings.
const LITERAL = /\(((?:\\.|[^\\)])*)\) Tj/g;
const unescapeLiteral = (s: string): string => s.replace(/\\([\\()rn])/g, (_, c: string) => (c === 'r' ? '\r' : c === 'n' ? '\n' : c));
const escapeLiteral = (s: string): string => s.replace(/[\\()\r\n]/g, (c) => (c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\${c}`));
const hexOf = (binary: string): string => [...binary].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const binaryOf = (hex: string): string => (hex.match(/../g) ?? []).map((h) => String.fromCharCode(parseInt(h, 16))).join('');

/** The stream's content with the first `want` (hex glyph ids) on a glyph boundary replaced by `put`; null if none. */
function replaced(data: string, want: string, put: string): string | null {
  for (let at = data.indexOf(want); at >= 0; at = data.indexOf(want, at + 1)) {
    const open = data.lastIndexOf('<', at);
    if ((at - open - 1) % 4 !== 0 || data.indexOf('>', open) < at) continue; // not on a glyph boundary
    return data.slice(0, at) + put + data.slice(at + want.length);
  }
  for (const m of data.matchAll(LITERAL)) {
    const hex = hexOf(unescapeLiteral(m[1]!));
    for (let at = hex.indexOf(want); at >= 0; at = hex.indexOf(want, at + 1)) {
      if (at % 4 !== 0) continue;
      const literal = `(${escapeLiteral(binaryOf(hex.slice(0, at) + put + hex.slice(at + want.length)))}) Tj`;
      return data.slice(0, m.index) + literal + data.slice(m.index + m[0].length);
    }
  }
  return null;
}

/** The PDF with the first visible occurrence of `from` shown as `to`; throws if `from` is not on a page. */
export function editVisibleText(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if ([...from].length !== [...to].length) throw new Error('from and to must have as many characters');
  const pdf = latin1(bytes);
  const all = streams(pdf);
  const ids = glyphIds(all);
  const [want, put] = [encode(from, ids), encode(to, ids)];
  for (const s of all) {
    const content = replaced(s.data, want, put);
    if (content === null) continue;
    const data = latin1(deflateSync(bytesOf(content)));
    const edited = pdf.slice(0, s.lengthAt) + String(data.length) + pdf.slice(s.lengthAt + s.lengthText.length, s.start) + data + pdf.slice(s.end);
    return bytesOf(rebuildXref(edited));
  }
  throw new Error(`"${from}" is not on any page`);
}
