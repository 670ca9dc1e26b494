// Dates and times typed as text (4/12 2026 or ÅÅÅÅ-MM-DD, TT:MM): the same on every browser and in every language,
// and easy with a keyboard or a screen reader. DOM-free.
import type { Lang } from '../../engine/kind';
import { parseSwedishDate } from './dates';

/** A date as people in Sweden write it (see parseSwedishDate) → 'ÅÅÅÅ-MM-DD'; '' stays ''; anything else → null. */
export function normalizeDate(text: string, lang: Lang = 'sv'): string | null {
  return text.trim() === '' ? '' : parseSwedishDate(text, lang);
}

/** '20:00', '20.00', '2000', '8:05' or '8' → 'HH:MM'; '' stays ''; anything else → null. */
export function normalizeTime(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
