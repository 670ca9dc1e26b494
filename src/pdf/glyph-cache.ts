// jsPDF turns every text() call's string into glyph ids (hex) for an embedded font, character by character,
// and looks each glyph up in its width list by a linear search. The profile of the stress document put this
// at a fifth of its time, yet three lines in four repeat a line already printed ("Ja", a camera's purpose, a
// date), and a string's hex depends only on the font. So the handler is kept but asked once per string and
// font: a repeat gets the hex it got before. The glyphs, widths and ToUnicode entries it records are already
// there from the first time, so the PDF written is the same, byte for byte.
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

/** Hex by text, one map per embedded font (its metadata object belongs to one document). */
const encoded = new WeakMap<object, Map<string, string>>();
const cached = new WeakSet<Handler>();

/** A line, or a line with its position: what text() hands its handlers. */
type Part = string | [string, unknown, unknown];
const isPart = (part: unknown): part is Part =>
  typeof part === 'string' || (Array.isArray(part) && part.length === 3 && typeof part[0] === 'string');

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
    let hexOf = encoded.get(font);
    if (hexOf === undefined) encoded.set(font, (hexOf = new Map()));
    const map = hexOf;
    const hex = (s: string): string => {
      let h = map.get(s);
      if (h === undefined) {
        const one: Payload = { ...payload, text: s };
        handler(one);
        if (typeof one.text !== 'string' || one.mutex?.isHex !== true) throw new Error('jsPDF encoded text in an unexpected way');
        h = one.text;
        map.set(s, h);
      }
      return h;
    };
    payload.text = typeof text === 'string' ? hex(text) : text.map((part: Part) => (typeof part === 'string' ? hex(part) : [hex(part[0]), part[1], part[2]]));
    if (payload.mutex) payload.mutex.isHex = true;
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
