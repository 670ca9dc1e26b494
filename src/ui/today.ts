// The day it is now, for pages a principal leaves open for days: date rules (review dates, the age of
// incidents, a revalidation falling due, the date a decision is recorded with) judge by the day it is, not by
// the day the page was opened.
import { useEffect, useState } from 'preact/hooks';
import { isoDateOf, type IsoDate } from '../engine/dates';
import { useServices } from './services';

/** Where the page says it is shown again (the document; tests pass their own). */
export interface Visibility {
  readonly visibilityState: string;
  addEventListener: (type: 'visibilitychange', listener: () => void) => void;
  removeEventListener: (type: 'visibilitychange', listener: () => void) => void;
}

/** Milliseconds from `now` to the next local midnight (a DST day is 23 or 25 hours long). */
export function untilMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}

/**
 * Calls `onDay` with the new day whenever the clock's date moves on from `from`: at the next local midnight (a
 * timer, armed again for each day) and when the page is shown again, because a sleeping laptop's timers do not
 * fire on time. Returns the function that stops watching.
 */
export function watchToday(clock: () => Date, from: IsoDate, onDay: (today: IsoDate) => void, page: Visibility | undefined = globalThis.document): () => void {
  let last = from;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const today = isoDateOf(clock());
    if (today === last) return;
    last = today;
    onDay(today);
  };
  const arm = () => {
    // A timer may fire a little early: the check finds the same day and the next arming waits the rest.
    timer = setTimeout(() => {
      check();
      arm();
    }, untilMidnight(clock()));
  };
  const shown = () => {
    if (page?.visibilityState !== 'visible') return;
    check();
    // The timer slept with the laptop: count again from now.
    clearTimeout(timer);
    arm();
  };
  check();
  arm();
  page?.addEventListener('visibilitychange', shown);
  return () => {
    clearTimeout(timer);
    page?.removeEventListener('visibilitychange', shown);
  };
}

/** Today on the app's clock (main.tsx provides it), rendered again when a new day begins. */
export function useToday(): IsoDate {
  const { clock } = useServices();
  const [today, setToday] = useState(() => isoDateOf(clock()));
  // `today` as first rendered: the watcher keeps its own last day from there.
  useEffect(() => watchToday(clock, today, setToday), [clock]);
  return today;
}
