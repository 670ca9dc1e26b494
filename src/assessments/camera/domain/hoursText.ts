// Camera hours in words, the one formatter for the wizard, the review, the PDF, the register and the
// changes between versions: "Vardagar 20–06, helger 17–07".
import type { CameraHours, Lang, Text, TimeWindow, Weekday } from './types';

const DAY_NAMES: Record<Lang, string[]> = {
  sv: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

function daysText(days: readonly Weekday[], lang: Lang): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const key = sorted.join('');
  if (key === '1234567') return lang === 'sv' ? 'alla dagar' : 'every day';
  if (key === '12345') return lang === 'sv' ? 'vardagar' : 'weekdays';
  if (key === '67') return lang === 'sv' ? 'helger' : 'weekends';
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const a = DAY_NAMES[lang][sorted[i]! - 1]!;
    const b = DAY_NAMES[lang][sorted[j]! - 1]!;
    runs.push(i === j ? a : j === i + 1 ? `${a}, ${b}` : `${a}–${b}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** '20:00' → '20' when the whole window is in full hours; a window ending at midnight ends at 24. */
function timesText(w: TimeWindow, lang: Lang): string {
  if (w.from === '' || w.to === '') return lang === 'sv' ? '(tider saknas)' : '(times missing)';
  if (w.from === w.to) return lang === 'sv' ? 'dygnet runt' : 'around the clock';
  const to = w.to === '00:00' ? '24:00' : w.to;
  const whole = w.from.endsWith(':00') && to.endsWith(':00');
  return whole ? `${w.from.slice(0, 2)}–${to.slice(0, 2)}` : `${w.from}–${to}`;
}

const daysOf = (w: TimeWindow, lang: Lang): string => (w.days.length === 0 ? (lang === 'sv' ? '(inga dagar valda)' : '(no days chosen)') : daysText(w.days, lang));

/** One window on its own: "vardagar 20–06". */
export const windowText = (w: TimeWindow, lang: Lang): string => `${daysOf(w, lang)} ${timesText(w, lang)}`;

/** The hours in force, windows with the same days together: "Vardagar 16–24 och 00–08, helger dygnet runt". */
export function hoursText(hours: Pick<CameraHours, 'windows' | 'holidaysAsWeekend'>): Text {
  const render = (lang: Lang): string => {
    const groups = new Map<string, string[]>();
    for (const w of hours.windows) {
      const days = daysOf(w, lang);
      groups.set(days, [...(groups.get(days) ?? []), timesText(w, lang)]);
    }
    const joiner = lang === 'sv' ? ' och ' : ' and ';
    const text = [...groups].map(([days, times]) => `${days} ${times.join(joiner)}`).join(', ');
    if (text === '') return '–';
    // Weekend hours on public holidays is the default; the exception matters only when weekends differ.
    const weekendsDiffer = groups.size > 1 || !hours.windows.every((w) => w.days.length === 7);
    const holidays = hours.holidaysAsWeekend || !weekendsDiffer ? '' : lang === 'sv' ? ' (helgdagar som vardagar)' : ' (public holidays as weekdays)';
    return text.charAt(0).toUpperCase() + text.slice(1) + holidays;
  };
  return { sv: render('sv'), en: render('en') };
}
