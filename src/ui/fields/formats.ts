// Dates and times typed as text (ÅÅÅÅ-MM-DD, TT:MM): the same on every browser and in every language,
// and easy with a keyboard or a screen reader. DOM-free.

/** '2026-09-15', '20260915' or '2026 9 15' → '2026-09-15'; '' stays ''; anything else → null. */
export function normalizeDate(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  // Without separators only the full eight digits are unambiguous.
  const m = /^\d+$/.test(s) ? /^(\d{4})(\d{2})(\d{2})$/.exec(s) : /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
