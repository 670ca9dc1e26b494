import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { breakWord, wrapText } from '../../../src/pdf/wrap';

// A monospace-ish measure: 1 unit per character, so widths are easy to reason about.
const measure = (s: string): number => Array.from(s).length;

describe('wrapText', () => {
  test('no line is wider than the width, and no character is lost', () => {
    const word = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom('a', 'b', 'å', 'Ł', '/', '-', '.') });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        // Hyphens may be added where a word breaks between letters; nothing else may change.
        expect(lines.join('').replace(/[ -]/g, '')).toBe(words.join('').replace(/-/g, ''));
      }),
    );
  });

  test('keeps hard line breaks and blank lines', () => {
    expect(wrapText('ett två\n\ntre', 20, measure)).toEqual(['ett två', '', 'tre']);
  });

  test('fills lines greedily by words', () => {
    expect(wrapText('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd']);
  });
});

describe('breakWord', () => {
  test('breaks an overlong URL after a slash rather than mid-name', () => {
    const pieces = breakWord('https://www.imy.se/verksamhet/kamerabevakning', 24, measure);
    expect(pieces[0]).toBe('https://www.imy.se/');
    expect(pieces.join('')).toBe('https://www.imy.se/verksamhet/kamerabevakning');
  });

  test('breaks a long compound word by character with a hyphen', () => {
    expect(breakWord('klätterställningen', 8, measure)).toEqual(['klätter-', 'ställni-', 'ngen']);
  });

  test('leaves no orphan of a few letters after the hyphen', () => {
    expect(breakWord('Skadegörelse', 10, measure)).toEqual(['Skadegör-', 'else']);
  });

  test('never adds a hyphen inside a code or fingerprint', () => {
    expect(breakWord('a7292fe11e09cb50c123', 8, measure)).toEqual(['a7292fe1', '1e09cb50', 'c123']);
  });
});
