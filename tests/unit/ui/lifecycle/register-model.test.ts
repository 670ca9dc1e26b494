import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../../src/assessments/camera/domain';
import { restore, startAnnualReview } from '../../../../src/assessments/camera/domain';
import { registerFileName, registerModel } from '../../../../src/assessments/camera/ui/register/model';
import { isIsoDate } from '../../../../src/assessments/camera/ui/lifecycle/dates';
import { fileSlug } from '../../../../src/assessments/camera/domain';
import { changeText } from '../../../../src/assessments/camera/ui/lifecycle/changeText';
import { registerAll } from '../../messages';
import { translator } from '../../../../src/ui/i18n';

function fixture(name: string): Assessment {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** Signed enough for the register: the register reads signoff, not the signature itself. */
function signed(a: Assessment, fingerprint: string): Assessment {
  const date = a.school.decisionDate;
  return {
    ...a,
    signoff: { kind: 'decision', name: 'Åsa Öberg', title: 'Rektor', place: '', date, attested: true, signature: { type: 'typed', typedName: 'Åsa Öberg' }, signedAt: `${date}T08:00:00.000Z`, fingerprint },
  };
}

describe('the register page model', () => {
  it('lists the cameras of the newest signed version and every signed version of the chain, not the draft', () => {
    const v1 = signed(fixture('facade-night.json'), '1'.repeat(64));
    const v2draft = startAnnualReview(v1, 'v2', new Date('2027-09-20T08:00:00Z'));
    v2draft.school.decisionDate = '2027-09-20';
    v2draft.cameras[1]!.location = 'Matsalens fasad';
    const v2 = signed(v2draft, '2'.repeat(64));
    const v3draft = startAnnualReview(v2, 'v3', new Date('2028-09-01T08:00:00Z'));

    const model = registerModel([v1, v2, v3draft], '2028-09-01');
    expect(model.entries.map((e) => [e.cameraId, e.version, e.place.sv])).toEqual([
      ['cam-1', 2, v1.cameras[0]!.location],
      ['cam-2', 2, 'Matsalens fasad'],
    ]);
    expect(model.versions.map((v) => [v.version, v.fingerprint[0]])).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
    expect(model.expired).toEqual([]);
    expect(registerModel([v1, v2], '2028-09-01', true).entries[1]?.place.sv).toBe('Fasad');
  });

  it('offers a chain for deletion only after five years from its end', () => {
    const ended = { ...signed(fixture('facade-night.json'), 'f'.repeat(64)), endedOn: '2027-01-31' };
    expect(registerModel([ended], '2032-01-31').expired).toEqual([]);
    expect(registerModel([ended], '2032-01-31').entries).toHaveLength(2);
    const later = registerModel([ended], '2032-02-01');
    expect(later.entries).toEqual([]);
    expect(later.expired.map((c) => c.assessmentIds)).toEqual([[ended.id]]);
  });

  it('names the files by date', () => {
    expect(registerFileName('2027-09-20', 'csv')).toBe('kamerabevakning-forteckning-2027-09-20.csv');
    expect(fileSlug('Łódźskolan & Åsa Öbergs skola')).toBe('lodzskolan-asa-obergs-skola');
    expect(fileSlug('   ')).toBe('bedomning');
  });
});

describe('small helpers', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-28')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('words a change for a screen reader, in both languages', async () => {
    await registerAll();
    const change = {
      kind: 'changed' as const,
      area: 'cameras' as const,
      field: 'cameras.1.location',
      label: { sv: 'Kamera 2: placering', en: 'Camera 2: location' },
      before: { sv: 'Norra fasaden', en: 'Norra fasaden' },
      after: { sv: 'Matsalen', en: 'Matsalen' },
    };
    expect(changeText(change, 'sv', translator('sv'))).toBe('Kamera 2: placering: ändrad från ”Norra fasaden” till ”Matsalen”');
    expect(changeText({ ...change, kind: 'added', before: undefined }, 'en', translator('en'))).toBe('Camera 2: location: new – Matsalen');
  });
});
