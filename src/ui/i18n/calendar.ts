// The calendar's words in the two languages the app speaks, and the date and time forms built from them. Written
// out rather than asked of Intl: the browser's first date formatter loads its locale data (20 ms on a laptop,
// about 100 ms on a slow phone, in the middle of the first render of a step or a list), and these forms are
// fixed — Swedish "fredag 4 december 2026", British "Friday, 4 December 2026", times "09:05" in both — so every
// browser writes them alike. tests/unit/ui/calendar.test.ts holds them to what Intl says for sv-SE and en-GB.
import type { Lang } from '../../engine/kind';

export const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Sunday first, as Date.getDay() counts. */
export const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "4 december 2026" / "4 December 2026". */
export function dayMonthYear(day: number, month: number, year: number, lang: Lang): string {
  return `${day} ${MONTHS[lang][month] ?? ''} ${year}`;
}

/** "fredag 4 december 2026" / "Friday, 4 December 2026". */
export function weekdayDate(weekday: number, day: number, month: number, year: number, lang: Lang): string {
  return `${WEEKDAYS[lang][weekday] ?? ''}${lang === 'en' ? ',' : ''} ${dayMonthYear(day, month, year, lang)}`;
}

/** "09:05" in both languages (24-hour clock). */
export function hoursMinutes(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
