import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, parseSwedishDate } from '../../../../src/ui/fields/dates';

const SV_ABBR = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'];
const SV_FULL = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('dates written the Swedish way', () => {
  it('reads every form people write 4 December 2026 in', () => {
    for (const text of ['2026-12-04', '20261204', '4/12 2026', '4/12/2026', '4/12-2026', '4.12.2026', '04.12.2026', '4 dec 2026', '4 dec. 2026', '4 december 2026', '4:e december 2026', ' 4  DEC  2026 ', 'fredag 4 december 2026', 'fre 4 dec 2026']) {
      expect(parseSwedishDate(text), text).toBe('2026-12-04');
    }
  });
  it('reads numbers day first, never the American month first', () => {
    expect(parseSwedishDate('3/4 2026')).toBe('2026-04-03');
    expect(parseSwedishDate('12/31/2026')).toBeNull();
  });
  it('reads English month names only when the interface is English', () => {
    for (const text of ['4 Dec 2026', 'December 4, 2026', 'Dec 4 2026', '4th December 2026', 'Friday, 4 December 2026', 'Friday December 4, 2026']) {
      expect(parseSwedishDate(text, 'en'), text).toBe('2026-12-04');
    }
    expect(parseSwedishDate('4 oct 2026', 'sv')).toBeNull();
    expect(parseSwedishDate('4 oct 2026', 'en')).toBe('2026-10-04');
    // Swedish names still work in English: the same school, other words.
    expect(parseSwedishDate('4 okt 2026', 'en')).toBe('2026-10-04');
  });
  it('refuses impossible dates, two-digit years, a wrong weekday and what is not a date', () => {
    for (const text of ['31/4 2026', '29/2 2026', '2026-02-30', '4/12 26', '4/12-26', '041226', '4 dec 26', '4 dec', 'lördag 4 december 2026', '4 de 2026', '4 decx 2026', '', '   ', 'igår', '32/1 2026', '0/1 2026', '1/13 2026']) {
      expect(parseSwedishDate(text), text).toBeNull();
    }
    expect(parseSwedishDate('29/2 2028')).toBe('2028-02-29');
  });
  it('says the date in words, with the weekday', () => {
    expect(dateInWords('2026-12-04', 'sv')).toBe('fredag 4 december 2026');
    expect(dateInWords('2026-12-04', 'en')).toMatch(/^Friday,? 4 December 2026$/);
  });
});

const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ iso: d.toISOString().slice(0, 10), y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
const pad = (n: number) => String(n).padStart(2, '0');

describe('any real date, written in any accepted form, reads back as itself', () => {
  it('in Swedish', () => {
    fc.assert(
      fc.property(day, ({ iso, y, m, d }) => {
        const forms = [iso, iso.replace(/-/g, ''), `${d}/${m} ${y}`, `${d}/${m}/${y}`, `${d}.${m}.${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d} ${SV_ABBR[m - 1]} ${y}`, `${d} ${SV_ABBR[m - 1]}. ${y}`, `${d} ${SV_FULL[m - 1]} ${y}`, dateInWords(iso, 'sv')];
        for (const text of forms) expect(parseSwedishDate(text, 'sv'), text).toBe(iso);
      }),
    );
  });
  it('in English', () => {
    fc.assert(
      fc.property(day, ({ iso, y, m, d }) => {
        const forms = [`${d} ${EN_FULL[m - 1]} ${y}`, `${d} ${EN_FULL[m - 1]!.slice(0, 3)} ${y}`, `${EN_FULL[m - 1]} ${d}, ${y}`, `${d}/${m} ${y}`, dateInWords(iso, 'en')];
        for (const text of forms) expect(parseSwedishDate(text, 'en'), text).toBe(iso);
      }),
    );
  });
  it('random text never throws and gives a real ISO date or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d ./:,-]{0,14}[a-zåäö. ]{0,12}[\d ]{0,6}$/)), fc.constantFrom('sv' as const, 'en' as const), (text, lang) => {
        const iso = parseSwedishDate(text, lang);
        if (iso !== null) expect(parseSwedishDate(iso, lang)).toBe(iso);
        expect(iso === null || /^\d{4}-\d{2}-\d{2}$/.test(iso)).toBe(true);
      }),
    );
  });
});
