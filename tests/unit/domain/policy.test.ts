// The organisation policy: safe defaults, importable as JSON, checked like an assessment.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, fieldLabel, restorePolicy } from '../../../src/assessments/camera/domain';

describe('policy', () => {
  it('defaults to central review of public places, 72 hours, yearly review and the facade practice', () => {
    expect(defaultPolicy).toMatchObject({
      centralReviewOfPublicAreas: true,
      maxRetentionHours: 72,
      reviewIntervalMonths: 12,
      facadeHours: { weekday: { from: '20:00', to: '06:00' }, weekend: { from: '17:00', to: '07:00' } },
    });
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
  });

  it('fills what an imported policy leaves out', () => {
    const r = restorePolicy({ organisationName: 'Exempelstad', maxRetentionHours: 48, facadeHours: { weekend: { from: '18:00' } } });
    expect(r.ok && r.value).toEqual({
      ...defaultPolicy,
      organisationName: 'Exempelstad',
      maxRetentionHours: 48,
      facadeHours: { weekday: { from: '20:00', to: '06:00' }, weekend: { from: '18:00', to: '07:00' } },
    });
    expect(restorePolicy('{}').ok && restorePolicy('{}')).toMatchObject({ value: defaultPolicy });
  });

  it('refuses impossible values with a message, and never throws', () => {
    const r = restorePolicy({ maxRetentionHours: -5, facadeHours: { weekday: { from: '25:00' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['facadeHours.weekday.from', 'maxRetentionHours']);
    for (const input of [null, 'not json', [], 7, { __proto__: { x: 1 } }]) expect(() => restorePolicy(input)).not.toThrow();
  });
});

describe('field labels', () => {
  it('name list rows by number and fields in plain words', () => {
    expect(fieldLabel('cameras.2.sound')).toEqual({ sv: 'Kamera 3: ljudupptagning', en: 'Camera 3: sound recording' });
    expect(fieldLabel('cameras.0.hours.windows.1.from').sv).toBe('Kamera 1: tidsfönster 2, från klockan');
    expect(fieldLabel('problem.incidents.4').sv).toBe('Händelse 5');
    expect(fieldLabel('consultation.unionDate').sv).toBe('Datum för MBL-förhandling eller samverkan');
  });
});
