// The PDF's own strings, by language (the UI's catalogue lives in src/ui; the PDF must not import the UI).
import type { Lang } from '../domain';
import { sv } from './text-sv';
import { en } from './text-en';
import { svLetter } from './text-sv-letter';
import { enLetter } from './text-en-letter';
import { svYearTwo } from './text-sv-lifecycle';
import { enYearTwo } from './text-en-lifecycle';

/** `lang`: for text the domain formats in both languages (hours). */
export type PdfText = typeof sv & typeof svLetter & typeof svYearTwo & { lang: Lang };

const CATALOGUE: Record<Lang, PdfText> = {
  sv: { ...sv, ...svLetter, ...svYearTwo, lang: 'sv' },
  en: { ...en, ...enLetter, ...enYearTwo, lang: 'en' },
};

export const pdfText = (lang: Lang): PdfText => CATALOGUE[lang];
