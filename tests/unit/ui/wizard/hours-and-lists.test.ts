import { describe, expect, it } from 'vitest';
import { defaultPolicy, presetWindows } from '../../../../src/assessments/camera/domain';
import type { TimeWindow } from '../../../../src/assessments/camera/domain';
import { describeHours, describeWindow } from '../../../../src/assessments/camera/ui/fields/hoursText';
import { itemButtonId, itemHeadingId, listFocusAfterMove, listFocusAfterRemove } from '../../../../src/ui/fields/listFocus';
import { translator } from '../../../../src/ui/i18n';

const sv = translator('sv');
const en = translator('en');
const hours = (windows: TimeWindow[]) => ({ windows, holidaysAsWeekend: true });

describe('hours in words', () => {
  it('says the facade practice the way a principal reads it, in both languages', () => {
    const windows = presetWindows('facadePractice', defaultPolicy, { from: '08:00', to: '16:00' });
    expect(describeHours(hours(windows), sv, 'sv')).toBe('Vardagar 20–06, helger 17–07');
    expect(describeHours(hours(windows), en, 'en')).toBe('Weekdays 20–06, weekends 17–07');
  });
  it('says around the clock, separate days and unfinished windows plainly', () => {
    expect(describeHours(hours(presetWindows('always', defaultPolicy, { from: '', to: '' })), sv, 'sv')).toBe('Alla dagar dygnet runt');
    expect(describeWindow({ days: [1, 3, 5], from: '08:30', to: '12:00' }, 'sv')).toBe('mån, ons, fre 08:30–12:00');
    expect(describeWindow({ days: [6], from: '', to: '' }, 'sv')).toBe('lör (tider saknas)');
    expect(describeWindow({ days: [], from: '20:00', to: '06:00' }, 'en')).toBe('(no days chosen) 20–06');
    expect(describeHours(hours([]), sv, 'sv')).toBe('Inga tider valda');
  });
});

describe('focus after a list changes', () => {
  const ids = ['a', 'b', 'c'];
  it('goes to the next item after a removal, else the previous, else the add button', () => {
    expect(listFocusAfterRemove('problem.incidents', ids, 1, 'add')).toBe(itemHeadingId('problem.incidents', 'c'));
    expect(listFocusAfterRemove('problem.incidents', ids, 2, 'add')).toBe(itemHeadingId('problem.incidents', 'b'));
    expect(listFocusAfterRemove('problem.incidents', ['a'], 0, 'add')).toBe('add');
  });
  it('stays on the pressed move button, unless the item reached the end and that button is disabled', () => {
    expect(listFocusAfterMove('cameras', 'b', 1, 3, -1)).toBe(itemButtonId('cameras', 'up', 'b'));
    expect(listFocusAfterMove('cameras', 'b', 0, 3, -1)).toBe(itemButtonId('cameras', 'down', 'b'));
    expect(listFocusAfterMove('cameras', 'b', 2, 3, 1)).toBe(itemButtonId('cameras', 'up', 'b'));
    expect(listFocusAfterMove('cameras', 'a', 1, 3, 1)).toBe(itemButtonId('cameras', 'down', 'a'));
  });
});

describe('one or many', () => {
  it('says one thing in the singular and several in the plural, in both languages', async () => {
    const { plural } = await import('../../../../src/ui/wizard/plural');
    expect(plural(sv, 'wiz.gaps.title', 1)).toBe('1 fråga på den här sidan saknar svar');
    expect(plural(sv, 'wiz.gaps.title', 3)).toBe('3 frågor på den här sidan saknar svar');
    expect(plural(en, 'step.balancing.facts.cameras', 1)).toBe('1 camera');
    expect(plural(en, 'step.balancing.facts.cameras', 2)).toBe('2 cameras');
  });
});
