import { describe, expect, it } from 'vitest';
import { normalizeDate, normalizeTime } from '../../../../src/ui/fields/formats';

describe('dates typed as text', () => {
  it('reads the ISO form and its common variants, and keeps an empty answer empty', () => {
    expect(normalizeDate('2026-09-15')).toBe('2026-09-15');
    expect(normalizeDate('20260915')).toBe('2026-09-15');
    expect(normalizeDate(' 2026 9 5 ')).toBe('2026-09-05');
    expect(normalizeDate('')).toBe('');
  });
  it('refuses what is not a real date, so nothing wrong reaches the document', () => {
    for (const bad of ['2026-02-30', '9/15/2026', '2026-13-01', '2026091', 'igår']) expect(normalizeDate(bad), bad).toBeNull();
  });
});

describe('times typed as text', () => {
  it('reads 20:00, 20.00, 2000 and 8 as a 24-hour time', () => {
    expect(normalizeTime('20:00')).toBe('20:00');
    expect(normalizeTime('20.00')).toBe('20:00');
    expect(normalizeTime('2000')).toBe('20:00');
    expect(normalizeTime('8')).toBe('08:00');
    expect(normalizeTime('8:05')).toBe('08:05');
    expect(normalizeTime('')).toBe('');
  });
  it('refuses impossible times', () => {
    for (const bad of ['24:00', '12:60', '8 pm', '12345']) expect(normalizeTime(bad), bad).toBeNull();
  });
});
