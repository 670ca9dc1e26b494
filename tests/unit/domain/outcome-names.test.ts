// One name per outcome: the wizard, the list of assessments and the PDF read the domain's table, and no
// other table of outcome names exists to drift from it.
import { describe, expect, it } from 'vitest';
import { OUTCOME_NAMES, OUTCOME_PRECEDENCE } from '../../../src/assessments/camera/domain';
import { allGroups, kindGroups } from '../messages';
import { pdfText } from '../../../src/assessments/camera/pdf/text';

describe('outcome names', () => {
  it('every outcome has its own name in Swedish and English', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = OUTCOME_PRECEDENCE.map((o) => OUTCOME_NAMES[o][lang]);
      expect(names.every((n) => n.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(OUTCOME_PRECEDENCE.length);
    }
  });

  it('no message of the app or the PDF names an outcome another way', async () => {
    const outcomeKey = new RegExp(`\\.outcome\\.(${OUTCOME_PRECEDENCE.join('|')})$`);
    for (const group of [...allGroups, ...(await kindGroups())]) expect(Object.keys(group.sv).filter((k) => outcomeKey.test(k))).toEqual([]);
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(pdfText(lang))).not.toContain('outcomes');
  });
});
