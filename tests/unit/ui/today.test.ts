// The page's today on a fake clock that crosses midnight: at the next local midnight, day after day, and when a
// laptop wakes from sleep with its timers late.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDateOf } from '../../../src/engine/dates';
import { untilMidnight, watchToday, type Visibility } from '../../../src/ui/today';

/** A page that can be hidden and shown again. */
function page() {
  const target = new EventTarget();
  let state = 'visible';
  const set = (next: string) => {
    state = next;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  const visibility: Visibility = {
    get visibilityState() {
      return state;
    },
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
  };
  return { visibility, show: () => set('visible'), hide: () => set('hidden') };
}

const clock = () => new Date();
const MINUTE = 60_000;

describe("the page's today", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 11, 6, 23, 58) }));
  afterEach(() => vi.useRealTimers());

  it('moves on at local midnight, and again the next midnight', () => {
    const days: string[] = [];
    const stop = watchToday(clock, isoDateOf(clock()), (d) => days.push(d), page().visibility);
    vi.advanceTimersByTime(MINUTE);
    expect(days).toEqual([]);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(days).toEqual(['2026-12-07']);
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    expect(days).toEqual(['2026-12-07', '2026-12-08']);
    stop();
  });

  it('moves on when a laptop that slept through midnight shows the page again', () => {
    const days: string[] = [];
    const p = page();
    const stop = watchToday(clock, isoDateOf(clock()), (d) => days.push(d), p.visibility);
    p.hide();
    // Asleep: the clock moves on, no timer fires.
    vi.setSystemTime(new Date(2026, 11, 7, 7, 30));
    expect(days).toEqual([]);
    p.show();
    expect(days).toEqual(['2026-12-07']);
    // The timer counts from the wake-up: the next midnight, not 24 hours after the one slept through.
    vi.advanceTimersByTime(16 * 60 * MINUTE + 31 * MINUTE);
    expect(days).toEqual(['2026-12-07', '2026-12-08']);
    stop();
  });

  it('says the day at once when it moved on before watching began, and nothing after it stops', () => {
    const days: string[] = [];
    const stop = watchToday(clock, '2026-12-05', (d) => days.push(d), page().visibility);
    expect(days).toEqual(['2026-12-06']);
    stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(days).toEqual(['2026-12-06']);
  });

  it('counts to the next local midnight', () => {
    expect(untilMidnight(new Date(2026, 11, 6, 23, 58))).toBe(2 * MINUTE);
  });
});
