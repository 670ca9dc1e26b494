// Weekly hours: windows past midnight, the Sunday→Monday wrap, presets and the practice checks.
import { describe, expect, it } from 'vitest';
import type { Camera, TimeWindow } from '../../../src/assessments/camera/domain';
import { coverage, defaultPolicy, exceedsFacadePractice, filmsAlways, filmsEvening, narrowingPresets, presetWindows, recordsDuringSchoolHours } from '../../../src/assessments/camera/domain';
import { isReversedSchoolDay, isReversedWindow } from '../../../src/assessments/camera/domain/hours';

const day = { from: '08:00', to: '16:00' };
const cam = (windows: TimeWindow[]): Pick<Camera, 'hours'> => ({ hours: { preset: 'custom', windows, holidaysAsWeekend: true } });
const H = 60;
const D = 24 * H;

describe('coverage', () => {
  it('runs a window whose end is earlier than its start into the next day', () => {
    expect(coverage([{ days: [1], from: '22:00', to: '06:00' }])).toEqual([[22 * H, D + 6 * H]]);
  });

  it('wraps Sunday night into Monday morning', () => {
    expect(coverage([{ days: [7], from: '22:00', to: '06:00' }])).toEqual([
      [0, 6 * H],
      [6 * D + 22 * H, 7 * D],
    ]);
  });

  it('reads equal start and end as the whole 24 hours', () => {
    expect(coverage([{ days: [3], from: '07:00', to: '07:00' }])).toEqual([[2 * D + 7 * H, 3 * D + 7 * H]]);
  });

  it('merges overlapping windows and ignores incomplete ones', () => {
    const windows: TimeWindow[] = [
      { days: [1], from: '10:00', to: '12:00' },
      { days: [1], from: '11:00', to: '13:00' },
      { days: [2], from: '', to: '13:00' },
      { days: [], from: '10:00', to: '13:00' },
    ];
    expect(coverage(windows)).toEqual([[10 * H, 13 * H]]);
  });
});

describe('presets', () => {
  it('"always" covers the whole week', () => {
    expect(filmsAlways(cam(presetWindows('always', defaultPolicy, day)))).toBe(true);
  });

  it('"outside school hours" and the school day together cover the week without overlap', () => {
    const outside = cam(presetWindows('outsideSchoolHours', defaultPolicy, day));
    expect(recordsDuringSchoolHours(outside, day)).toBe(false);
    const both = cam([...outside.hours.windows, { days: [1, 2, 3, 4, 5], ...day }]);
    expect(filmsAlways(both)).toBe(true);
  });

  it('"facade practice" is the policy’s hours: weekdays 20–06, weekends 17–07', () => {
    expect(presetWindows('facadePractice', defaultPolicy, day)).toEqual([
      { days: [1, 2, 3, 4, 5], from: '20:00', to: '06:00', overMidnight: true },
      { days: [6, 7], from: '17:00', to: '07:00', overMidnight: true },
    ]);
    expect(presetWindows('custom', defaultPolicy, day)).toEqual([]);
  });

  it('falls back to 08–16 when the school day is not given yet', () => {
    const outside = cam(presetWindows('outsideSchoolHours', defaultPolicy, { from: '', to: '' }));
    expect(recordsDuringSchoolHours(outside, day)).toBe(false);
  });
});

describe('practice checks', () => {
  it('school hours: Monday to Friday inside the school day only', () => {
    expect(recordsDuringSchoolHours(cam([{ days: [1], from: '15:00', to: '17:00' }]), day)).toBe(true);
    expect(recordsDuringSchoolHours(cam([{ days: [1], from: '16:00', to: '08:00' }]), day)).toBe(false);
    expect(recordsDuringSchoolHours(cam([{ days: [6, 7], from: '10:00', to: '14:00' }]), day)).toBe(false);
    expect(recordsDuringSchoolHours(cam([{ days: [7], from: '22:00', to: '08:01' }]), day)).toBe(true);
  });

  it('facade practice: anything outside weekday 20–06 and weekend 17–07 exceeds it', () => {
    expect(exceedsFacadePractice(cam(presetWindows('facadePractice', defaultPolicy, day)), defaultPolicy)).toBe(false);
    expect(exceedsFacadePractice(cam([{ days: [3], from: '23:00', to: '04:00' }]), defaultPolicy)).toBe(false);
    expect(exceedsFacadePractice(cam([{ days: [3], from: '19:00', to: '06:00' }]), defaultPolicy)).toBe(true);
    expect(exceedsFacadePractice(cam([{ days: [7], from: '17:00', to: '07:30' }]), defaultPolicy)).toBe(true);
  });

  it('evening: from the end of the school day to 22.00, and 17–22 at weekends', () => {
    expect(filmsEvening(cam([{ days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00' }]), day)).toBe(false);
    expect(filmsEvening(cam([{ days: [2], from: '16:30', to: '17:00' }]), day)).toBe(true);
    expect(filmsEvening(cam([{ days: [6], from: '17:00', to: '18:00' }]), day)).toBe(true);
    expect(filmsEvening(cam([{ days: [6], from: '12:00', to: '17:00' }]), day)).toBe(false);
  });
});

describe('KB-H16: reversed spans', () => {
  it('a school day that ends before it starts, or at the moment it starts, is reversed', () => {
    expect(isReversedSchoolDay({ from: '16:00', to: '08:00' })).toBe(true);
    expect(isReversedSchoolDay({ from: '08:00', to: '08:00' })).toBe(true);
    expect(isReversedSchoolDay({ from: '08:00', to: '16:00' })).toBe(false);
    expect(isReversedSchoolDay({ from: '', to: '08:00' })).toBe(false);
  });

  it('a window ending before it starts is reversed unless it says "over midnight"; 00:00–00:00 is the whole day', () => {
    expect(isReversedWindow({ days: [1], from: '16:00', to: '08:00', overMidnight: false })).toBe(true);
    expect(isReversedWindow({ days: [1], from: '16:00', to: '08:00', overMidnight: true })).toBe(false);
    expect(isReversedWindow({ days: [1], from: '16:00', to: '00:00', overMidnight: false })).toBe(false);
    expect(isReversedWindow({ days: [1], from: '06:00', to: '06:00', overMidnight: false })).toBe(true);
    expect(isReversedWindow({ days: [1], from: '00:00', to: '00:00', overMidnight: false })).toBe(false);
  });

  it('a window from a file made before the flag keeps its meaning (past midnight)', () => {
    expect(isReversedWindow({ days: [1], from: '20:00', to: '06:00' })).toBe(false);
  });

  it('every preset says explicitly which windows run past midnight', () => {
    for (const preset of ['outsideSchoolHours', 'facadePractice', 'always'] as const) {
      for (const w of presetWindows(preset, defaultPolicy, day)) expect(isReversedWindow(w)).toBe(false);
    }
  });
});

describe('hours a decision may set instead of the camera’s own', () => {
  const policy = defaultPolicy;
  const preset = (p: 'always' | 'outsideSchoolHours' | 'facadePractice') => cam(presetWindows(p, policy, day));

  it('offers only presets that take hours away, never one that adds hours the assessment did not weigh', () => {
    expect(narrowingPresets(preset('always'), policy, day)).toEqual(['facadePractice', 'outsideSchoolHours']);
    expect(narrowingPresets(preset('outsideSchoolHours'), policy, day)).toEqual(['facadePractice']);
    expect(narrowingPresets(preset('facadePractice'), policy, day)).toEqual([]);
    expect(narrowingPresets(cam([{ days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '05:00' }]), policy, day)).toEqual([]);
  });

  it('offers nothing for a camera whose hours are not given yet', () => {
    expect(narrowingPresets(cam([]), policy, day)).toEqual([]);
  });
});
