// Dates, times and whole numbers are written out (src/ui/i18n/calendar.ts, formatNumber) so that no render waits
// for the browser's locale data; what they say must still be what Intl says for sv-SE and en-GB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatTime } from '../../../src/ui/i18n';
import { dateInWords } from '../../../src/ui/fields/dates';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;
const intlDate = (lang: 'sv' | 'en', options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALES[lang], options);

const isoDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('dates and times as the principal reads them', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`writes a date as Intl does in ${LOCALES[lang]}`, () => {
      const intl = intlDate(lang, { year: 'numeric', month: 'long', day: 'numeric' });
      fc.assert(fc.property(isoDay, (iso) => {
            expect(formatDate(iso, lang)).toBe(intl.format(new Date(`${iso}T12:00:00`)));
          }), { numRuns: 400 });
    });
    it(`writes a timestamp's day and time as Intl does in ${LOCALES[lang]}`, () => {
      const day = intlDate(lang, { year: 'numeric', month: 'long', day: 'numeric' });
      const time = intlDate(lang, { hour: '2-digit', minute: '2-digit' });
      fc.assert(
        fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (d) => {
          expect(formatDate(d.toISOString(), lang)).toBe(day.format(d));
          expect(formatTime(d)).toBe(time.format(d));
        }),
        { numRuns: 400 },
      );
    });
    it(`says a date in words with its weekday as Intl does in ${LOCALES[lang]}`, () => {
      const intl = intlDate(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      fc.assert(fc.property(isoDay, (iso) => {
            expect(dateInWords(iso, lang)).toBe(intl.format(new Date(`${iso}T12:00:00Z`)));
          }), { numRuns: 400 });
    });
  }
  for (const lang of ['sv', 'en'] as const) {
    it(`writes a number as Intl does in ${LOCALES[lang]}`, () => {
      const intl = new Intl.NumberFormat(LOCALES[lang]);
      const numbers = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.maxSafeInteger(), fc.double({ noNaN: true, min: -1e9, max: 1e9 }), fc.constant(-0));
      fc.assert(
        fc.property(numbers, (n) => {
          expect(formatNumber(n, lang)).toBe(intl.format(n));
        }),
        { numRuns: 1000 },
      );
    });
  }
  it('shows what is not a date as it was written', () => {
    expect(formatDate('', 'sv')).toBe('');
    expect(formatDate('snart', 'sv')).toBe('snart');
    expect(formatDate('2026-13-45', 'sv')).toBe('2026-13-45');
  });
  it('makes no Intl formatter to show a date, a time or a whole number', () => {
    const made: unknown[] = [];
    const Real = Intl.DateTimeFormat;
    const spy = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.push(args);
      return new Real(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = spy;
    const RealNumber = Intl.NumberFormat;
    Intl.NumberFormat = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made.push(args);
      return new RealNumber(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      formatDate('2026-12-04', 'sv');
      formatTime(new Date());
      dateInWords('2026-12-04', 'en');
      formatNumber(12345, 'sv');
    } finally {
      Intl.DateTimeFormat = Real;
      Intl.NumberFormat = RealNumber;
    }
    expect(made).toEqual([]);
  });
});
