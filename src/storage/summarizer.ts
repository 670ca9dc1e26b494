// The one summarizer main.tsx provides (the kind's summarize with the app's clock), held apart from the
// list reads so records, back-fill and lists can all reach it without importing each other.
import type { IsoDate } from '../engine/dates';
import { provided } from './provided';
import type { Summarizer } from './summary-types';

const slot = provided<Summarizer>('No summarizer provided: main.tsx must call provideSummarizer before storage saves.');

/** The day known before the kind's summarize (which evaluates, so it pulls in the rules) has loaded. */
let laterToday: (() => IsoDate) | null = null;

/** main.tsx provides the kind's summarize and the app's clock, once, before anything is saved. */
export const provideSummarizer: (s: Summarizer) => void = slot.provide;

/**
 * As provideSummarizer, but the kind's summarize is loaded on first need: the first visit of home lists stored
 * summaries and judges due dates with `today` alone.
 */
export function provideSummarizerLater(today: () => IsoDate, load: () => Promise<Summarizer>): void {
  laterToday = today;
  slot.provideLater(load);
}

/** The provided summarizer; saving without one is a wiring error, never a silent list without summaries. */
export const summarizer: () => Summarizer = slot.get;

/** Waits for the summarizer, loading it if main.tsx provided it for later (a failed load is retried next time). */
export const summarizerReady: () => Promise<Summarizer> = slot.ready;

/** The provided summarizer's today, or null while none is known yet. */
export const todayNow = (): IsoDate | null => slot.current()?.today() ?? laterToday?.() ?? null;
