// The one summarizer main.tsx provides (the kind's summarize with the app's clock), held apart from the
// list reads so records, back-fill and lists can all reach it without importing each other.
import type { Summarizer } from './summary-types';

let provided: Summarizer | null = null;
let announce: (s: Summarizer) => void = () => undefined;
const ready = new Promise<Summarizer>((resolve) => (announce = resolve));

/** main.tsx provides the kind's summarize and the app's clock, once, before anything is saved. */
export function provideSummarizer(s: Summarizer): void {
  provided = s;
  announce(s);
}

/** The provided summarizer; saving without one is a wiring error, never a silent list without summaries. */
export function summarizer(): Summarizer {
  if (provided === null) throw new Error('No summarizer provided: main.tsx must call provideSummarizer before storage saves.');
  return provided;
}

/** Waits for the summarizer (the back-fill after an upgrade may start before main.tsx has provided it). */
export const summarizerReady = (): Promise<Summarizer> => ready;

/** The summarizer provided so far, or null. */
export const summarizerNow = (): Summarizer | null => provided;
