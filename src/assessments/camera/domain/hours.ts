// Weekly hours as minute-of-week intervals (Monday 00:00 = 0), so windows past midnight and the
// Sunday→Monday wrap are just arithmetic.
import type { Camera, ClockTime, HoursPreset, Policy, TimeWindow, Weekday } from './types';

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const WEEKDAYS_MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
const WEEKEND: Weekday[] = [6, 7];
const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Used when the school has not given its day yet. */
export const DEFAULT_SCHOOL_DAY = { from: '08:00', to: '16:00' } as const;

export interface SchoolDay {
  from: ClockTime;
  to: ClockTime;
}

/** Half-open [start, end) in minutes of the week, sorted, non-overlapping. */
export type Interval = readonly [number, number];

export function minutesOf(time: ClockTime): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Whether the window has days and both times; an incomplete window covers nothing. */
export const isCompleteWindow = (w: TimeWindow): boolean =>
  w.days.length > 0 && minutesOf(w.from) !== null && minutesOf(w.to) !== null;

/**
 * The minutes a set of windows covers. `to` earlier than `from` runs into the next day; `from` equal to
 * `to` means the whole 24 hours from `from`.
 */
export function coverage(windows: readonly TimeWindow[]): Interval[] {
  const raw: [number, number][] = [];
  for (const w of windows) {
    const from = minutesOf(w.from);
    const to = minutesOf(w.to);
    if (from === null || to === null) continue;
    const length = to > from ? to - from : MINUTES_PER_DAY - from + to;
    for (const day of new Set(w.days)) {
      const start = (day - 1) * MINUTES_PER_DAY + from;
      const end = start + length;
      if (end <= MINUTES_PER_WEEK) raw.push([start, end]);
      else raw.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]);
    }
  }
  return merge(raw);
}

function merge(intervals: [number, number][]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [as, ae] of a) {
    for (const [bs, be] of b) {
      const s = Math.max(as, bs);
      const e = Math.min(ae, be);
      if (s < e) out.push([s, e]);
    }
  }
  return out;
}

/** The parts of `a` not covered by `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  let rest: Interval[] = [...a];
  for (const [bs, be] of b) {
    rest = rest.flatMap(([s, e]): Interval[] => {
      if (be <= s || bs >= e) return [[s, e]];
      const parts: Interval[] = [];
      if (s < bs) parts.push([s, bs]);
      if (be < e) parts.push([be, e]);
      return parts;
    });
  }
  return rest;
}

export const totalMinutes = (intervals: readonly Interval[]): number =>
  intervals.reduce((sum, [s, e]) => sum + (e - s), 0);

const orDefault = (day: SchoolDay): SchoolDay =>
  minutesOf(day.from) !== null && minutesOf(day.to) !== null ? day : DEFAULT_SCHOOL_DAY;

/** Monday to Friday, inside the school day. */
export function schoolHoursWindows(schoolDay: SchoolDay): TimeWindow[] {
  const day = orDefault(schoolDay);
  return [{ days: WEEKDAYS_MON_FRI, from: day.from, to: day.to }];
}

/** Whether a window ends before it starts (not counting an end at 00:00, which is midnight). */
export const endsBeforeStart = (w: Pick<TimeWindow, 'from' | 'to'>): boolean => {
  const from = minutesOf(w.from);
  const to = minutesOf(w.to);
  return from !== null && to !== null && to !== 0 && to < from;
};

/**
 * KB-H16: a window that cannot be right as typed: it ends before it starts without an explicit "over
 * midnight", or starts and ends at the same time other than 00:00–00:00 (the whole day). A window from an
 * older file (no overMidnight flag) keeps the meaning it was signed with and is never reversed.
 */
export const isReversedWindow = (w: TimeWindow): boolean => {
  if (w.overMidnight === undefined) return false;
  const from = minutesOf(w.from);
  const to = minutesOf(w.to);
  if (from === null || to === null) return false;
  if (from === to) return from !== 0;
  return endsBeforeStart(w) && !w.overMidnight;
};

/** KB-H16 for the school day: a day cannot end before it starts, nor start and end at once. */
export const isReversedSchoolDay = (day: SchoolDay): boolean => {
  const from = minutesOf(day.from);
  const to = minutesOf(day.to);
  return from !== null && to !== null && to <= from;
};

/** A preset's windows say explicitly which of them run past midnight. */
const flagged = (windows: TimeWindow[]): TimeWindow[] => windows.map((w) => ({ ...w, overMidnight: endsBeforeStart(w) }));

/** The windows a preset stands for; 'custom' and '' have none of their own. */
export function presetWindows(preset: HoursPreset, policy: Policy, schoolDay: SchoolDay): TimeWindow[] {
  return flagged(presetWindowsOf(preset, policy, schoolDay));
}

function presetWindowsOf(preset: HoursPreset, policy: Policy, schoolDay: SchoolDay): TimeWindow[] {
  switch (preset) {
    case 'outsideSchoolHours': {
      const day = orDefault(schoolDay);
      return [
        { days: WEEKDAYS_MON_FRI, from: day.to, to: '00:00' },
        { days: WEEKDAYS_MON_FRI, from: '00:00', to: day.from },
        { days: WEEKEND, from: '00:00', to: '00:00' },
      ];
    }
    case 'facadePractice':
      return [
        { days: WEEKDAYS_MON_FRI, ...policy.facadeHours.weekday },
        { days: WEEKEND, ...policy.facadeHours.weekend },
      ];
    case 'always':
      return [{ days: ALL_DAYS, from: '00:00', to: '00:00' }];
    default:
      return [];
  }
}

/** Whether the camera films at any moment of a school day (Monday to Friday). */
export function recordsDuringSchoolHours(camera: Pick<Camera, 'hours'>, schoolDay: SchoolDay): boolean {
  return intersect(coverage(camera.hours.windows), coverage(schoolHoursWindows(schoolDay))).length > 0;
}

/** Whether the camera films at any time outside the established facade practice. */
export function exceedsFacadePractice(camera: Pick<Camera, 'hours'>, policy: Policy): boolean {
  const practice = coverage(presetWindows('facadePractice', policy, DEFAULT_SCHOOL_DAY));
  return subtract(coverage(camera.hours.windows), practice).length > 0;
}

/** Evening: from the end of the school day (at the latest 17:00) to 22:00, and 17:00–22:00 at weekends. */
export function eveningWindows(schoolDay: SchoolDay): TimeWindow[] {
  const end = orDefault(schoolDay).to;
  const from = (minutesOf(end) ?? 0) < 17 * 60 ? end : '17:00';
  return [
    { days: WEEKDAYS_MON_FRI, from, to: '22:00' },
    { days: WEEKEND, from: '17:00', to: '22:00' },
  ];
}

/** Whether the camera films in the evening, when children may play in the schoolyard. */
export function filmsEvening(camera: Pick<Camera, 'hours'>, schoolDay: SchoolDay): boolean {
  return intersect(coverage(camera.hours.windows), coverage(eveningWindows(schoolDay))).length > 0;
}

/** Whether the camera films around the clock every day of the week. */
export function filmsAlways(camera: Pick<Camera, 'hours'>): boolean {
  return totalMinutes(coverage(camera.hours.windows)) >= MINUTES_PER_WEEK;
}

/** The hours a decision may set for a camera instead of its own. */
export const CHANGE_PRESETS = ['facadePractice', 'outsideSchoolHours'] as const;
export type ChangePreset = (typeof CHANGE_PRESETS)[number];

/**
 * The hours presets an 'approve with changes' may choose for a camera: those that only take hours away from
 * the camera's own. A preset that adds hours would approve filming the assessment never weighed.
 */
export function narrowingPresets(camera: Pick<Camera, 'hours'>, policy: Policy, schoolDay: SchoolDay): ChangePreset[] {
  const own = coverage(camera.hours.windows);
  return CHANGE_PRESETS.filter((preset) => {
    const offered = coverage(presetWindows(preset, policy, schoolDay));
    return offered.length > 0 && subtract(offered, own).length === 0 && totalMinutes(offered) < totalMinutes(own);
  });
}
