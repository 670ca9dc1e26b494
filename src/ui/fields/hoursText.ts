// Weekly time windows in words ("måndag–fredag 20:00–06:00"), DOM-free so it can be tested.
import type { TimeWindow, Weekday } from '../../domain';
import type { Translate } from '../i18n';

/** Runs of consecutive days: [1,2,3,5] → [[1,3],[5,5]]. */
export function dayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [Weekday, Weekday][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

export function describeDays(days: readonly Weekday[], t: Translate): string {
  if (days.length === 7) return t('wiz.days.all');
  return dayRuns(days)
    .map(([from, to]) => {
      if (from === to) return t(`wiz.day.${from}`);
      // Two days side by side read better as a pair than as a range.
      if (to === from + 1) return `${t(`wiz.day.${from}`)}, ${t(`wiz.day.${to}`)}`;
      return `${t(`wiz.day.${from}`)}–${t(`wiz.day.${to}`)}`;
    })
    .join(', ');
}

export function describeWindow(w: TimeWindow, t: Translate): string {
  const days = w.days.length > 0 ? describeDays(w.days, t) : t('wiz.days.none');
  if (w.from === '' || w.to === '') return `${days} ${t('wiz.hours.incomplete')}`;
  if (w.from === w.to) return `${days} ${w.from === '00:00' ? t('wiz.hours.allDay') : t('wiz.hours.allDayFrom', { time: w.from })}`;
  const overnight = w.to < w.from ? ` ${t('wiz.hours.overnight')}` : '';
  return `${days} ${w.from}–${w.to}${overnight}`;
}

export function describeWindows(windows: readonly TimeWindow[], t: Translate): string {
  return windows.length === 0 ? t('wiz.hours.noWindows') : windows.map((w) => describeWindow(w, t)).join('; ');
}
