import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../engine/kind';
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

// Intl formatters are costly to create (a list of 1,000 assessments made thousands): one per language and form.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const timeFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
function cached<F>(cache: Map<Lang, F>, lang: Lang, make: (locale: string) => F): F {
  let format = cache.get(lang);
  if (format === undefined) cache.set(lang, (format = make(locales[lang])));
  return format;
}

export function formatDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return cached(dateFormats, lang, (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', day: 'numeric' })).format(d);
}

export function formatTime(d: Date, lang: Lang): string {
  return cached(timeFormats, lang, (l) => new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit' })).format(d);
}

export function formatNumber(n: number, lang: Lang): string {
  return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l)).format(n);
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
