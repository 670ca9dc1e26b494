// jsPDF runs two right-to-left plugins on every text() call: Arabic shaping (preProcessText) and the bidi
// reordering (postProcessText). The profile of the stress document put them at about 7 % of its
// time, yet neither changes text without Arabic or Hebrew letters (or a bidi control), and the embedded font
// has none of those (scripts/build-fonts.mjs), so sanitizeForFont has already replaced them. Each handler is
// kept, but only called when the text holds such a character: the output is the same, the work is not done.
import { jsPDF } from 'jspdf';

/** Hebrew, Arabic (with its supplements and presentation forms) and the bidi marks and controls. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

type TextPayload = { text?: unknown } | string;
type Handler = (payload: TextPayload) => unknown;

/** Whether any string in jsPDF's text argument (a string, or lines, or [line, x, y] triples) is right-to-left. */
export function hasRightToLeft(text: unknown): boolean {
  if (typeof text === 'string') return RIGHT_TO_LEFT.test(text);
  return Array.isArray(text) && text.some((part) => hasRightToLeft(Array.isArray(part) ? part[0] : part));
}

const guarded = new WeakSet<object>();

function guard(handler: Handler): Handler {
  const wrapped: Handler = (payload) => {
    const text = typeof payload === 'string' ? payload : payload.text;
    // The Arabic parser, called with a string, returns the result; with the payload, it changes it in place.
    if (!hasRightToLeft(text)) return payload;
    return handler(payload);
  };
  guarded.add(wrapped);
  return wrapped;
}

const isRightToLeftPlugin = (event: string, handler: object): boolean =>
  (event === 'preProcessText' && handler === (jsPDF.API as { processArabic?: unknown }).processArabic) ||
  (event === 'postProcessText' && String(handler).includes('doBidiReorder'));

/** Whether a handler in jsPDF's events is one of its right-to-left plugins, guarded or not. */
export const isRightToLeftHandler = (event: string, handler: object): boolean => guarded.has(handler) || isRightToLeftPlugin(event, handler);

/**
 * Guards jsPDF's right-to-left text plugins; documents made afterwards get the guarded handlers. Idempotent.
 * Returns how many handlers are guarded (2 with the jsPDF this app ships), so a test notices an upgrade.
 */
export function guardRightToLeftPlugins(): number {
  const events = (jsPDF.API as { events?: [string, unknown][] }).events ?? [];
  let count = 0;
  for (const entry of events) {
    const [event, handler] = entry;
    if (typeof handler !== 'function') continue;
    if (guarded.has(handler as Handler)) count++;
    else if (isRightToLeftPlugin(event, handler as Handler)) {
      entry[1] = guard(handler as Handler);
      count++;
    }
  }
  return count;
}
