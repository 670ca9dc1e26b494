import { describe, expect, test } from 'vitest';
import { fingerprintsInText, groupsOf, isFingerprint, normalizeFingerprint } from '../../../src/ui/verify/fingerprint';

const fp = '0123456789abcdef'.repeat(4);

describe('a fingerprint typed from the diarium', () => {
  test.each([
    ['as printed', fp],
    ['in capitals', fp.toUpperCase()],
    ['in groups of 4 with spaces', fp.replace(/(.{4})/g, '$1 ')],
    ['in groups of 8 with hyphens and a line break', fp.replace(/(.{8})/g, '$1-').replace('-', '\n')],
  ])('%s reads as the same fingerprint', (_, typed) => {
    expect(normalizeFingerprint(typed)).toBe(fp);
    expect(isFingerprint(normalizeFingerprint(typed))).toBe(true);
  });

  test('one digit short, or with a letter outside hex, is not a fingerprint', () => {
    expect(isFingerprint(normalizeFingerprint(fp.slice(1)))).toBe(false);
    expect(isFingerprint(normalizeFingerprint(`g${fp.slice(1)}`))).toBe(false);
  });

  test('is shown in 8 groups of 8 characters', () => {
    expect(groupsOf(fp)).toEqual(Array.from({ length: 8 }, (_, i) => fp.slice(i * 8, i * 8 + 8)));
  });
});

test('a register file lists its fingerprints; longer hex runs are not fingerprints', () => {
  const csv = `Skola;Version;Fingeravtryck\nA;1;${fp}\nB;2;${fp.toUpperCase()}\nC;1;${fp}ff\n`;
  expect(fingerprintsInText(csv)).toEqual([fp]);
});
