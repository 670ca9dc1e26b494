// The PDF's own strings, by language (the UI's catalogue lives in src/ui; the PDF must not import the UI).
import type { Lang } from '../domain';
import { sv } from './text-sv';
import { en } from './text-en';
import { svLetter } from './text-sv-letter';
import { enLetter } from './text-en-letter';
import { svLifecycle } from './text-sv-lifecycle';
import { enLifecycle } from './text-en-lifecycle';
import { svFormal } from './text-sv-formal';
import { enFormal } from './text-en-formal';

/** `lang`: for text the domain formats in both languages (hours). */
export type PdfText = typeof sv & typeof svLetter & typeof svLifecycle & typeof svFormal & { lang: Lang };

const CATALOGUE: Record<Lang, PdfText> = {
  sv: { ...sv, ...svLetter, ...svLifecycle, ...svFormal, lang: 'sv' },
  en: { ...en, ...enLetter, ...enLifecycle, ...enFormal, lang: 'en' },
};

export const pdfText = (lang: Lang): PdfText => CATALOGUE[lang];
