// restore(): the gate for files and stored drafts. It fills defaults, keeps what it does not know,
// names the field that is wrong in plain words, and never throws.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Assessment, YesNo } from '../../../src/assessments/camera/domain';
import { ASSESSMENT_FORMAT, SCHEMA_VERSION, emptyAssessment, restore } from '../../../src/assessments/camera/domain';
import type { MigrationLadder } from '../../../src/assessments/camera/domain/migrate';
import { migrate } from '../../../src/assessments/camera/domain/migrate';
import { allFixtureFiles, clone, loadFixture } from './helpers';

const minimal = { format: ASSESSMENT_FORMAT, schemaVersion: SCHEMA_VERSION, id: 'a-1' };

describe('restore', () => {
  it.each(allFixtureFiles())('reads %s and gives back the same document on a second round', (_name, json) => {
    const first = restore(json);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.migratedFrom).toBeNull();
    const second = restore(JSON.parse(JSON.stringify(first.value)));
    expect(second.ok && second.value).toEqual(first.value);
  });

  it('reads a draft straight from emptyAssessment unchanged', () => {
    const a = emptyAssessment('x', new Date('2026-01-01T00:00:00Z'));
    const r = restore(a);
    expect(r.ok && r.value).toEqual(a);
  });

  it('fills every missing field with its "not answered" value', () => {
    const r = restore(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const blank = emptyAssessment('a-1', new Date(0));
    expect({ ...r.value, createdAt: '', updatedAt: '' }).toEqual({ ...blank, createdAt: '', updatedAt: '' });
  });

  it('fills placementDrawingsShared in a file made before the question existed, so the type can require it', () => {
    const old = clone(loadFixture('facade-night')) as unknown as { data: Record<string, unknown> };
    delete old.data.placementDrawingsShared;
    const r = restore(old);
    expect(r.ok && r.value.data.placementDrawingsShared).toBe('');
    // Checked by the compiler (npm run typecheck): code may read the answer without a fallback.
    expectTypeOf<Assessment['data']['placementDrawingsShared']>().toEqualTypeOf<YesNo>();
  });

  it('fills missing fields inside a camera too', () => {
    const r = restore({ ...minimal, cameras: [{ id: 'c1', sound: 'no' }] });
    expect(r.ok && r.value.cameras[0]).toMatchObject({ id: 'c1', sound: 'no', biometrics: '', hours: { windows: [], holidaysAsWeekend: true }, publicArea: { othersPresent: '' } });
  });

  it('also reads JSON text', () => {
    expect(restore(JSON.stringify(minimal)).ok).toBe(true);
  });

  it('keeps unknown fields: top-level ones in extra, nested ones where they were, through two round trips', () => {
    const input = { ...minimal, municipalityCaseId: 'KS-77', cameras: [{ id: 'c1', vendorSerial: 'AX-1' }] };
    const r = restore(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.extra).toEqual({ municipalityCaseId: 'KS-77' });
    expect(r.value.cameras[0]).toMatchObject({ vendorSerial: 'AX-1' });
    expect(r.notes.map((n) => n.path)).toContain('extra');
    const again = restore(JSON.parse(JSON.stringify(r.value)));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('names a wrong field in plain Swedish and English', () => {
    const r = restore({ ...minimal, cameras: [{ id: 'c1' }, { id: 'c2', sound: 'kanske' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      {
        path: 'cameras.1.sound',
        message: {
          sv: 'Kamera 2: ljudupptagning har ett värde som appen inte känner till ("kanske").',
          en: 'Camera 2: sound recording has a value this app does not know ("kanske").',
        },
      },
    ]);
  });

  it('explains dates, times and types', () => {
    const r = restore({ ...minimal, school: { decisionDate: '15/9/2026', schoolDay: { from: '8' } }, problem: { incidents: 'många' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message.sv]));
    expect(byPath['school.decisionDate']).toBe('Beslutsdatum är inte ett datum i formen ÅÅÅÅ-MM-DD.');
    expect(byPath['school.schoolDay.from']).toContain('klockslag');
    expect(byPath['problem.incidents']).toContain('en lista');
  });

  it('refuses a file from a newer app with a clear message', () => {
    const r = restore({ ...minimal, schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.path).toBe('schemaVersion');
    expect(r.problems[0]!.message.sv).toContain('nyare version');
  });

  it.each([
    ['not JSON', '{"format": '],
    ['another kind of file', { format: 'something-else', schemaVersion: 1, id: 'x' }],
    ['no version', { format: ASSESSMENT_FORMAT, id: 'x' }],
    ['an array', [minimal]],
    ['nothing', undefined],
    ['a number', 42],
    ['no id', { format: ASSESSMENT_FORMAT, schemaVersion: 1 }],
  ])('gives a problem, not an exception, for %s', (_what, input) => {
    const r = restore(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message.sv).not.toBe('');
  });

  it('refuses two cameras with the same id', () => {
    const r = restore({ ...minimal, cameras: [{ id: 'c1' }, { id: 'c1' }] });
    expect(r.ok).toBe(false);
  });

  it('drops __proto__ and constructor keys without touching any prototype', () => {
    const input = JSON.parse(`{"format":"${ASSESSMENT_FORMAT}","schemaVersion":1,"id":"p","__proto__":{"polluted":true},"justifications":{"__proto__":{"x":1},"constructor":"y","KB-S10-no-masking:c1":"Maskering går inte."},"cameras":[{"id":"c1","__proto__":{"sound":"yes"}}]}`) as unknown;
    const r = restore(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(Object.keys(r.value.justifications)).toEqual(['KB-S10-no-masking:c1']);
    expect(r.value.cameras[0]!.sound).toBe('');
    expect(r.notes.map((n) => n.path)).toEqual(expect.arrayContaining(['__proto__', 'justifications.__proto__', 'cameras.0.__proto__']));
  });

  it('refuses absurdly deep or large input', () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(restore({ ...minimal, extraStuff: deep }).ok).toBe(false);
    expect(restore({ ...minimal, cameras: Array.from({ length: 6_000 }, (_, i) => ({ id: `c${i}` })) }).ok).toBe(false);
  });

  it('does not change its input', () => {
    const input = clone(loadFixture('schoolyard-evening'));
    const copy = clone(input);
    restore(input);
    expect(input).toEqual(copy);
  });
});

describe('migration ladder', () => {
  const ladder: MigrationLadder = {
    1: (d) => ({ ...d, renamed: d.old ?? null }),
    2: (d) => ({ ...d, third: true }),
  };

  it('applies each step in order and stamps the version it reaches', () => {
    const r = migrate({ old: 'x', schemaVersion: 1 }, 1, 3, ladder);
    expect(r).toEqual({ ok: true, doc: { old: 'x', renamed: 'x', third: true, schemaVersion: 3 } });
  });

  it('stops at a missing step instead of guessing', () => {
    expect(migrate({ schemaVersion: 1 }, 1, 4, ladder)).toEqual({ ok: false, missingStep: 3 });
  });

  it('leaves a current document alone', () => {
    expect(migrate({ schemaVersion: SCHEMA_VERSION }, SCHEMA_VERSION)).toEqual({ ok: true, doc: { schemaVersion: SCHEMA_VERSION } });
  });
});
