// The digital-service kind's words, one language at a time: its catalogue (questions, options, rules, outcomes,
// steps, and the screens' own words under `<kind>.ui.`), each language files of its own (sv*.ts, en*.ts). What
// arrived is kept here as well, for the screens and the PDF to read (ui/text.ts). This module comes with the
// kind's pages, or lazily with the shell's loader (index.ts), never in the shell's first chunk.
import type { Lang } from '../../../engine/kind';
import type { Catalogue } from '../../../engine/messages';

const catalogues: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  sv: () => import('./sv').then((m) => m.sv),
  en: () => import('./en').then((m) => m.en),
};

const arrived = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<Catalogue>>();

/** The words in `lang`, fetched once (a failed fetch is tried again on the next call): what the shell registers. */
export function loadServiceWords(lang: Lang): Promise<Catalogue> {
  let done = loading.get(lang);
  if (!done) {
    done = catalogues[lang]().then((words) => {
      arrived.set(lang, words);
      return words;
    });
    done.catch(() => loading.delete(lang));
    loading.set(lang, done);
  }
  return done;
}

/** The words in this language if they have arrived: the shell loads them with the kind's pages (and before a switch). */
export const serviceWordsIn = (lang: Lang): Catalogue | undefined => arrived.get(lang);
