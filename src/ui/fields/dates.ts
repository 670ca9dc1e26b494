// Dates typed the way people in Sweden write them: 2026-12-04, 20261204, 4/12 2026, 4.12.2026, 4 dec 2026,
// 4 december 2026; with the English interface also 4 Dec 2026 and December 4, 2026. Numbers are read day
// first (Swedish usage, never the American month first) and a two-digit year is refused as ambiguous.
// DOM-free; what is stored is always ÅÅÅÅ-MM-DD.
import type { Lang } from '../../engine/kind';
import { MONTHS, WEEKDAYS, weekdayDate } from '../i18n/calendar';

const lower = (names: readonly string[]): string[] => names.map((n) => n.toLowerCase());
const SV_MONTHS = MONTHS.sv;
const EN_MONTHS = lower(MONTHS.en);

/** A month name or its common abbreviation (at least three letters: "dec", "sept", "okt") → 1–12. */
function monthNumber(word: string, lang: Lang): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const lists = lang === 'en' ? [SV_MONTHS, EN_MONTHS] : [SV_MONTHS];
  for (const names of lists) {
    const n = names.findIndex((name) => name.startsWith(w));
    if (n >= 0) return n + 1;
  }
  return null;
}

/** ÅÅÅÅ-MM-DD when the day exists in that month (no 31 april, no 29 february 2026), else null. */
function isoOf(year: string, month: number, day: number): string | null {
  const y = Number(year);
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 1900 and later.
  const date = new Date(0);
  date.setUTCFullYear(y, month - 1, day);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const YEAR = '(\\d{4})';
// "4", "04", Swedish "4:e", English "4th".
const DAY = '(\\d{1,2})(?::[ae]|st|nd|rd|th)?\\.?';
const MONTH_WORD = '(\\p{L}{3,}\\.?)';

const FORMS: readonly { re: RegExp; read: (m: RegExpExecArray, lang: Lang) => string | null; en?: true }[] = [
  // 20261204: without separators only the full eight digits are unambiguous.
  { re: /^(\d{4})(\d{2})(\d{2})$/, read: (m) => isoOf(m[1]!, Number(m[2]), Number(m[3])) },
  // Year first: 2026-12-04, 2026/12/4, 2026.12.04, 2026 12 4.
  { re: /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/, read: (m) => isoOf(m[1]!, Number(m[2]), Number(m[3])) },
  // Day first: 4/12 2026, 4/12/2026, 4/12-2026, 4.12.2026, 4-12-2026.
  { re: /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]|,? +)(\d{4})$/, read: (m) => isoOf(m[3]!, Number(m[2]), Number(m[1])) },
  // 4 dec 2026, 4 dec. 2026, 4 december 2026, 4:e december 2026, 4 Dec 2026.
  {
    re: new RegExp(`^${DAY} *${MONTH_WORD},? *${YEAR}$`, 'u'),
    read: (m, lang) => {
      const month = monthNumber(m[2]!, lang);
      return month === null ? null : isoOf(m[3]!, month, Number(m[1]));
    },
  },
  // English month first: December 4, 2026; Dec 4 2026.
  {
    re: new RegExp(`^${MONTH_WORD} *${DAY},? *${YEAR}$`, 'u'),
    read: (m, lang) => {
      const month = monthNumber(m[1]!, lang);
      return month === null ? null : isoOf(m[3]!, month, Number(m[2]));
    },
    en: true,
  },
];

/** A date as typed → 'ÅÅÅÅ-MM-DD', or null when it cannot be read as exactly one real date (also when empty). */
export function parseSwedishDate(text: string, lang: Lang = 'sv'): string | null {
  // A weekday in front ("fredag 4 december 2026", as the field itself says it) is allowed and checked below.
  const s = text.trim().replace(/\s+/g, ' ');
  const lead = /^(\p{L}+),? +(?=\d|\p{L})/u.exec(s);
  const candidates = lead && monthNumber(lead[1]!, lang) === null ? [{ rest: s.slice(lead[0].length), weekday: lead[1]! }] : [];
  candidates.push({ rest: s, weekday: '' });
  for (const { rest, weekday } of candidates) {
    for (const form of FORMS) {
      if (form.en && lang !== 'en') continue;
      const m = form.re.exec(rest);
      const iso = m ? form.read(m, lang) : null;
      if (iso !== null) return weekday === '' || weekdayMatches(iso, weekday, lang) ? iso : null;
    }
  }
  return null;
}

const SV_WEEKDAYS = WEEKDAYS.sv;
const EN_WEEKDAYS = lower(WEEKDAYS.en);

/** "fre", "fredag", "Friday" (English interface) name the weekday the date falls on. */
function weekdayMatches(iso: string, word: string, lang: Lang): boolean {
  const w = word.toLowerCase();
  if (w.length < 2) return false;
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return [SV_WEEKDAYS, ...(lang === 'en' ? [EN_WEEKDAYS] : [])].some((names) => names[day]!.startsWith(w));
}

/** "fredag 4 december 2026" / "Friday, 4 December 2026": what the field understood, in words. */
export function dateInWords(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return weekdayDate(d.getUTCDay(), d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear(), lang);
}
