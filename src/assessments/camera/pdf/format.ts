// Formatting of answers for print: empty answers, people, hours, numbers. Text comes from the PDF catalogue.
import type { CameraHours, EarlierBasis, Lang, Person } from '../domain';
import { hoursText as domainHoursText } from '../domain';
import type { PdfText } from './text';

export const EMPTY = '–';

/** The answer, or a dash when it was left empty. */
export const orDash = (value: string | null | undefined): string => (value && value.trim() !== '' ? value : EMPTY);

export function person(p: Person): string {
  const parts = [p.name, p.title].filter((s) => s.trim() !== '').join(', ');
  const contact = [p.email, p.phone].filter((s) => s.trim() !== '').join(', ');
  return orDash([parts, contact].filter((s) => s !== '').join(' · '));
}

const NUMBER: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

export function money(value: number | null, lang: Lang): string {
  return value === null ? EMPTY : NUMBER[lang].format(value);
}

export function enumLabel<K extends string>(labels: Record<K, string>, value: K | ''): string {
  return value === '' ? EMPTY : labels[value];
}

/** What cameras already filming rested on, with its reference and date: "IMY-tillstånd, DI-2019-1234, 2019-05-02". */
export function earlierBasisText(b: EarlierBasis, t: PdfText): string {
  return [enumLabel(t.earlierBasisKind, b.kind), b.reference.trim(), b.date].filter((s) => s !== '').join(', ');
}

/** The hours; with the preset's name for the record, without it for readers who do not know the jargon. */
export function hoursText(h: CameraHours, t: PdfText, named = true): string {
  const windows = h.windows.length === 0 ? '' : domainHoursText(h)[t.lang];
  const preset = !named || h.preset === '' || h.preset === 'custom' ? '' : t.hoursPreset[h.preset];
  if (h.preset === 'always' && windows === '') return preset;
  return [preset, windows].filter((s) => s !== '').join(': ') || EMPTY;
}

/** Local date and time, minutes precision: when a signature was made. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return orDash(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
