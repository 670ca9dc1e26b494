import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../engine/kind';
import { dayMonthYear, hoursMinutes } from './calendar';
import { lookup, type MessageKey } from './catalogue';

export type { MessageKey } from './catalogue';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const LANG_KEY = 'kb.lang';

export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translator(lang: Lang): Translate {
  return (key, params) => interpolate(lookup(lang, key), params);
}

/** The language remembered on this device; Swedish unless the principal chose English. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
  document.documentElement.lang = lang;
}

export const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  // A date alone is read at noon, a timestamp as it is: both are shown as the day they fall on here.
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dayMonthYear(d.getDate(), d.getMonth(), d.getFullYear(), lang);
}

/** The time of day on the 24-hour clock, as both languages write it here. */
export function formatTime(d: Date): string {
  return hoursMinutes(d.getHours(), d.getMinutes());
}

// Whole numbers are written out as Intl writes them for sv-SE and en-GB ("1 000" with a no-break space and "−5"
// with a minus sign; "1,000" and "-5"): the browser's first number formatter loads its locale data, 75 ms on a
// slow phone inside the review's first render. Anything else (decimals, −0, beyond 2^53) asks Intl.
const GROUP: Record<Lang, string> = { sv: '\u00a0', en: ',' };
const MINUS: Record<Lang, string> = { sv: '\u2212', en: '-' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
    return n < 0 ? `${MINUS[lang]}${digits}` : digits;
  }
  let format = numberFormats.get(lang);
  if (format === undefined) numberFormats.set(lang, (format = new Intl.NumberFormat(locales[lang])));
  return format.format(n);
}

export interface I18n {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n>({ lang: 'sv', t: translator('sv'), setLang: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
