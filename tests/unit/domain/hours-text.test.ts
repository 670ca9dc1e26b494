// Camera hours read the same in the wizard, the review, the PDF and the register: one formatter.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../fixtures/build';
import { hoursText } from '../../../src/assessments/camera/domain';
import { hoursText as pdfHours } from '../../../src/assessments/camera/pdf/format';
import { pdfText } from '../../../src/assessments/camera/pdf/text';
import { describeHours } from '../../../src/assessments/camera/ui/fields/hoursText';
import { translator } from '../../../src/ui/i18n';

const cameras = Object.values(FIXTURES).flatMap((build) => build().cameras).filter((c) => c.hours.windows.length > 0);

describe('hours in words', () => {
  it('the wizard and the PDF say what the domain says, for every camera of every fixture', () => {
    expect(cameras.length).toBeGreaterThan(10);
    for (const lang of ['sv', 'en'] as const) {
      for (const c of cameras) {
        const words = hoursText(c.hours)[lang];
        expect(describeHours(c.hours, translator(lang), lang)).toBe(words);
        expect(pdfHours(c.hours, pdfText(lang), false)).toBe(words);
      }
    }
  });

  it('the PDF names the preset before the hours, for the record', () => {
    const c = cameras.find((k) => k.hours.preset === 'facadePractice');
    expect(c && pdfHours(c.hours, pdfText('sv'))).toBe(`Fasadpraxis: ${c && hoursText(c.hours).sv}`);
  });
});
