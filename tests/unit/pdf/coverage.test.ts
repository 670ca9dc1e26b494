import { beforeAll, describe, expect, test } from 'vitest';
import type { Coverage } from '../../../src/pdf/coverage';
import { MISSING_MARK, fontCoverage, sanitizeForFont } from '../../../src/pdf/coverage';
import { fontBytes } from './helpers';

let coverage: Coverage;
beforeAll(() => {
  coverage = fontCoverage(fontBytes('DejaVuSans.ttf'));
});

describe('the subset font', () => {
  test('covers Latin names, Swedish letters and the symbols the PDF draws', () => {
    const needed = 'Åsa Öberg Łódź Erdős Čapek Ștefan Nguyễn Øre Æbelø ß € – — “ ” ‘ ’ … • ✓ ✗ ☐ ☑ §';
    const missing = Array.from(needed).filter((ch) => !coverage.has(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(coverage.has(MISSING_MARK.codePointAt(0)!)).toBe(true);
  });
});

describe('sanitizeForFont', () => {
  test('keeps what the font covers untouched', () => {
    expect(sanitizeForFont('Åsa Öberg, Łódź, Erdős, Čapek', coverage)).toEqual({ text: 'Åsa Öberg, Łódź, Erdős, Čapek', replaced: 0 });
  });

  test('replaces an emoji, with its joiners and variation selectors, by one visible marker', () => {
    const out = sanitizeForFont('Bra 👍🏽 och 👨‍👩‍👧 och ❤️', coverage);
    expect(out.text).toBe(`Bra ${MISSING_MARK} och ${MISSING_MARK} och ${MISSING_MARK}`);
    expect(out.replaced).toBe(3);
  });

  test('replaces other scripts character by character and never drops them', () => {
    const out = sanitizeForFont('Namn: 王芳', coverage);
    expect(out.text).toBe(`Namn: ${MISSING_MARK}${MISSING_MARK}`);
    expect(out.replaced).toBe(2);
  });

  test('composes decomposed letters and keeps line breaks', () => {
    expect(sanitizeForFont('a\u030Angstr\u00F6m\r\nrad två\tslut', coverage).text).toBe('ångström\nrad två slut');
  });
});
