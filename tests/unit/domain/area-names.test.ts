// One table of area names: the wizard's choices, the review, the list of assessments, the PDF and the
// register read the domain's, and no message of the app or the PDF names an area another way.
import { describe, expect, it } from 'vitest';
import { AREA_KINDS, AREA_NAMES, answerText } from '../../../src/assessments/camera/domain';
import { allGroups, kindGroups } from '../messages';
import { pdfText } from '../../../src/assessments/camera/pdf/text';

describe('area names', () => {
  it('every kind of area has its own name in Swedish and English', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = AREA_KINDS.map((k) => AREA_NAMES[k][lang]);
      expect(names.every((n) => n.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(AREA_KINDS.length);
    }
  });

  it('the changes between versions and the register use the same names', () => {
    for (const k of AREA_KINDS) expect(answerText('cameras.3.areaKind', k)).toEqual(AREA_NAMES[k]);
  });

  it('no message of the app or the PDF names an area another way', async () => {
    const areaKey = new RegExp(`\\.area\\.(${AREA_KINDS.join('|')})$`);
    for (const group of [...allGroups, ...(await kindGroups())]) expect(Object.keys(group.sv).filter((k) => areaKey.test(k))).toEqual([]);
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(pdfText(lang))).not.toContain('areaKinds');
  });
});
