// jsPDF turns every text() call's string into glyph ids (hex) for an embedded font, character by character,
// and looks each glyph up in its width list by a linear search. The profile of the stress document put this
// at a fifth of its time, yet three lines in four repeat a line already printed ("Ja", a camera's purpose, a
// date), and a string's hex depends only on the font. So the handler is kept but asked once per string and
// font: a repeat gets the codes it got before. The glyphs, widths and ToUnicode entries it records are already
// there from the first time. The codes are then written as a literal string, two bytes a glyph, not jsPDF's
// hex with four: the pages' content is a quarter smaller and deflates a third faster (stress document).
import { jsPDF } from 'jspdf';
import { isRightToLeftHandler } from './text-hooks';

interface Font {
  encoding?: unknown;
  metadata?: unknown;
}
interface Payload {
  text?: unknown;
  mutex?: { activeFontKey?: string; fonts?: Record<string, Font>; isHex?: boolean };
}
type Handler = (payload: Payload) => unknown;

/** A literal string's bytes by text, one map per embedded font (its metadata object belongs to one document). */
const encoded = new WeakMap<object, Map<string, string>>();
const cached = new WeakSet<Handler>();

/** A line, or a line with its position: what text() hands its handlers. */
type Part = string | [string, unknown, unknown];
const isPart = (part: unknown): part is Part =>
  typeof part === 'string' || (Array.isArray(part) && part.length === 3 && typeof part[0] === 'string');

/**
 * jsPDF's hex glyph codes as the bytes of a PDF literal string. A backslash and parentheses are escaped, and so
 * are CR and LF, which a reader would otherwise take for an end of line (PDF 32000-1, 7.3.4.2).
 */
export function literalOf(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const c = String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    out += c === '\\' || c === '(' || c === ')' ? `\\${c}` : c === '\r' ? '\\r' : c === '\n' ? '\\n' : c;
  }
  return out;
}

/** The embedded Identity-H font the payload is in, when it is one. */
function identityFont(payload: Payload): object | null {
  const key = payload.mutex?.activeFontKey;
  const font = key === undefined ? undefined : payload.mutex?.fonts?.[key];
  return font?.encoding === 'Identity-H' && typeof font.metadata === 'object' && font.metadata !== null ? font.metadata : null;
}

function cache(handler: Handler): Handler {
  const wrapped: Handler = (payload) => {
    const font = identityFont(payload);
    const text = payload.text;
    if (font === null || !(typeof text === 'string' || (Array.isArray(text) && text.every(isPart)))) return handler(payload);
    let codesOf = encoded.get(font);
    if (codesOf === undefined) encoded.set(font, (codesOf = new Map()));
    const map = codesOf;
    const codes = (s: string): string => {
      let c = map.get(s);
      if (c === undefined) {
        const one: Payload = { ...payload, text: s };
        handler(one);
        if (typeof one.text !== 'string' || one.mutex?.isHex !== true) throw new Error('jsPDF encoded text in an unexpected way');
        c = literalOf(one.text);
        map.set(s, c);
      }
      return c;
    };
    payload.text = typeof text === 'string' ? codes(text) : text.map((part: Part) => (typeof part === 'string' ? codes(part) : [codes(part[0]), part[1], part[2]]));
    // text() puts the string in parentheses, not angle brackets, and escapes nothing more for this font.
    if (payload.mutex) payload.mutex.isHex = false;
    return payload;
  };
  cached.add(wrapped);
  return wrapped;
}

/**
 * Makes jsPDF's glyph encoding (its one postProcessText handler besides the right-to-left reordering) remember
 * its results; documents made afterwards get it. Idempotent. Returns how many handlers remember (1 with the
 * jsPDF this app ships), so a test notices an upgrade.
 */
export function cacheGlyphEncoding(): number {
  const events = (jsPDF.API as { events?: [string, unknown][] }).events ?? [];
  let count = 0;
  for (const entry of events) {
    const [event, handler] = entry;
    if (event !== 'postProcessText' || typeof handler !== 'function') continue;
    if (cached.has(handler as Handler)) count++;
    else if (!isRightToLeftHandler(event, handler as Handler)) {
      entry[1] = cache(handler as Handler);
      count++;
    }
  }
  return count;
}
