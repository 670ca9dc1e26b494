import { describe, expect, it } from 'vitest';
import { catalogues, groups } from '../../../src/ui/i18n/catalogue';
import { interpolate } from '../../../src/ui/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const sv = catalogues.sv as Record<string, string>;
    const en = catalogues.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv)) {
      expect(sv[key]?.trim(), `sv ${key}`).toBeTruthy();
      expect(en[key]?.trim(), `en ${key}`).toBeTruthy();
      expect(placeholders(en[key] ?? ''), `placeholders of ${key}`).toEqual(placeholders(sv[key] ?? ''));
    }
  });

  it('never defines the same key in two groups (a later group would silently win)', () => {
    const seen = new Map<string, number>();
    groups.forEach((g, i) => {
      for (const key of Object.keys(g.sv)) {
        expect(seen.has(key), `${key} in group ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Version {version}', { version: '1.2' })).toBe('Version 1.2');
    expect(interpolate('Kamera {n} av {total}', { n: 2 })).toBe('Kamera 2 av {total}');
  });
});
