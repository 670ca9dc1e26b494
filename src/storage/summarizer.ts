// The one summarizer main.tsx provides (the kind's summarize with the app's clock), held apart from the
// list reads so records, back-fill and lists can all reach it without importing each other.
import type { IsoDate } from '../engine/dates';
import type { Summarizer } from './summary-types';

let provided: Summarizer | null = null;
let announce: (s: Summarizer) => void = () => undefined;
const ready = new Promise<Summarizer>((resolve) => (announce = resolve));

/** The kind's summarize loads (with its rules) only when a save or back-fill first needs it; today is at hand. */
let later: { today: () => IsoDate; load: () => Promise<Summarizer> } | null = null;
let loading: Promise<Summarizer> | null = null;

/** main.tsx provides the kind's summarize and the app's clock, once, before anything is saved. */
export function provideSummarizer(s: Summarizer): void {
  provided = s;
  announce(s);
}

/**
 * As provideSummarizer, but the kind's summarize (which evaluates, so it pulls in the rules) is loaded on first
 * need: the first visit of home lists stored summaries and judges due dates with `today` alone.
 */
export function provideSummarizerLater(today: () => IsoDate, load: () => Promise<Summarizer>): void {
  later = { today, load };
}

/** The provided summarizer; saving without one is a wiring error, never a silent list without summaries. */
export function summarizer(): Summarizer {
  if (provided === null) throw new Error('No summarizer provided: main.tsx must call provideSummarizer before storage saves.');
  return provided;
}

/** Waits for the summarizer, loading it if main.tsx provided it for later (a failed load is retried next time). */
export function summarizerReady(): Promise<Summarizer> {
  if (provided !== null || later === null) return ready;
  loading ??= later.load().then(
    (s) => (provideSummarizer(s), s),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The provided summarizer's today, or null while none is known yet. */
export const todayNow = (): IsoDate | null => provided?.today() ?? later?.today() ?? null;
