// Answers as words for the register and the change list: hours, retention, enum values.
import { describe, expect, it } from 'vitest';
import type { CameraHours } from '../../../../src/assessments/camera/domain';
import { answerText, defaultPolicy, hoursText, presetWindows, retentionText } from '../../../../src/assessments/camera/domain';

const preset = (p: 'outsideSchoolHours' | 'facadePractice' | 'always', holidaysAsWeekend = true): CameraHours => ({
  preset: p,
  windows: presetWindows(p, defaultPolicy, { from: '08:15', to: '15:30' }),
  holidaysAsWeekend,
});

describe('hoursText', () => {
  it('reads the presets as a principal would say them', () => {
    expect(hoursText(preset('facadePractice')).sv).toBe('Vardagar 20–06, helger 17–07');
    expect(hoursText(preset('outsideSchoolHours')).sv).toBe('Vardagar 15:30–24:00 och 00:00–08:15, helger dygnet runt');
    expect(hoursText(preset('always', false))).toEqual({ sv: 'Alla dagar dygnet runt', en: 'Every day around the clock' });
  });

  it('names odd days and says when holidays do not follow weekend hours', () => {
    const custom: CameraHours = { preset: 'custom', windows: [{ days: [1, 3, 5, 6], from: '21:30', to: '05:00' }], holidaysAsWeekend: false };
    expect(hoursText(custom).sv).toBe('Mån, ons, fre, lör 21:30–05:00 (helgdagar som vardagar)');
    expect(hoursText({ ...custom, windows: [] }).sv).toBe('–');
  });
});

describe('answerText', () => {
  it('turns codes into words and leaves free text alone', () => {
    expect(answerText('cameras.3.publicAccess', 'unsure')).toEqual({ sv: 'Osäker', en: 'Unsure' });
    expect(answerText('cameras.0.subjects', ['pupils', 'staff']).sv).toBe('Elever, Personal');
    expect(answerText('data.legalBasis', '6.1e').sv).toBe('Allmänt intresse (art. 6.1 e)');
    expect(answerText('consultation.signage', 'planned').en).toBe('Planned');
    expect(answerText('cameras.0.location', 'Södra fasaden').en).toBe('Södra fasaden');
    expect(answerText('school.plannedStart', '').sv).toBe('–');
    expect(retentionText(1)).toEqual({ sv: '1 timme', en: '1 hour' });
  });
});
