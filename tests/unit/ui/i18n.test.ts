import { describe, expect, it } from 'vitest';
import { allGroups, kindGroups, registerAll } from '../messages';
import { interpolate, translator } from '../../../src/ui/i18n';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every key in both languages, non-empty, with the same placeholders', async () => {
    for (const g of [...allGroups, ...(await kindGroups())]) {
      const sv = g.sv as Record<string, string>;
      const en = g.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
      for (const key of Object.keys(sv)) {
        expect(sv[key]?.trim(), `sv ${key}`).toBeTruthy();
        expect(en[key]?.trim(), `en ${key}`).toBeTruthy();
        expect(placeholders(en[key] ?? ''), `placeholders of ${key}`).toEqual(placeholders(sv[key] ?? ''));
      }
    }
  });

  it("never defines the same key in two groups, a kind's catalogue included (a later group would silently win)", async () => {
    const seen = new Map<string, number>();
    [...allGroups, ...(await kindGroups())].forEach((g, i) => {
      for (const key of Object.keys(g.sv)) {
        expect(seen.has(key), `${key} in group ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  it('loads every message file in src/ui/i18n/messages in either language: home\'s with the first paint, the rest with pages past home', () => {
    const dir = join(__dirname, '../../../src/ui/i18n');
    const files = readdirSync(join(dir, 'messages')).filter((f) => f.endsWith('.ts') && f !== 'common.ts');
    const [load, firstSv, firstEn] = ['load.ts', 'first-sv.ts', 'first-en.ts'].map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const f of files) {
      const path = `'./messages/${f}'`;
      const inLoad = (load ?? '').split(path).length - 1;
      expect(inLoad === 2 || (firstSv?.includes(path) === true && firstEn?.includes(path) === true), f).toBe(true);
    }
  });

  it('translates after the groups are registered, in both languages', async () => {
    await registerAll();
    expect(translator('sv')('home.title')).toBe('Mina bedömningar');
    expect(translator('en')('home.title')).toBe('My assessments');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Version {version}', { version: '1.2' })).toBe('Version 1.2');
    expect(interpolate('Kamera {n} av {total}', { n: 2 })).toBe('Kamera 2 av {total}');
  });
});
