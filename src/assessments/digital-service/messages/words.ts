// The digital-service kind's words, one language at a time: its catalogue (questions, options, rules, outcomes,
// steps; each language is files of its own) and the screens' own words (ui/messages*.ts, each imported with
// `?lang=` keeps only that half: vite.config.ts, oneLanguage). The screens' keys go under `<kind>.ui.`, so they
// meet no other group in the shell's registry. What arrived is kept here as well, for the screens and the PDF
// to read (ui/text.ts). This module comes with the kind's pages, or lazily with the shell's loader (index.ts),
// never in the shell's first chunk. The two lists are the same.
import type { Lang } from '../../../engine/kind';
import { loadCatalogue, type Catalogue, type GroupModule } from '../../../engine/messages';
import { KIND_ID } from '../id';

const screens = {
  sv: import.meta.glob<GroupModule>(
    ['../ui/messages.ts', '../ui/messages-offboarding.ts', '../ui/messages-platform.ts', '../ui/messages-register.ts', '../ui/messages-revalidation.ts'],
    { query: '?lang=sv' },
  ),
  en: import.meta.glob<GroupModule>(
    ['../ui/messages.ts', '../ui/messages-offboarding.ts', '../ui/messages-platform.ts', '../ui/messages-register.ts', '../ui/messages-revalidation.ts'],
    { query: '?lang=en' },
  ),
};

const catalogues: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  sv: () => import('./sv').then((m) => m.sv),
  en: () => import('./en').then((m) => m.en),
};

/** The prefix of the screens' own words in the catalogue: `digital-service.ui.save.saved`. */
export const SCREEN_PREFIX = `${KIND_ID}.ui.`;

const arrived = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<Catalogue>>();

/** Both parts in one language, fetched once; a failed fetch is tried again on the next call. */
function load(lang: Lang): Promise<Catalogue> {
  let done = loading.get(lang);
  if (!done) {
    done = Promise.all([catalogues[lang](), loadCatalogue(lang, screens[lang])]).then(([catalogue, ui]) => {
      const words: Catalogue = { ...catalogue, ...Object.fromEntries(Object.entries(ui).map(([key, text]) => [`${SCREEN_PREFIX}${key}`, text])) };
      arrived.set(lang, words);
      return words;
    });
    done.catch(() => loading.delete(lang));
    loading.set(lang, done);
  }
  return done;
}

/** Both parts in `lang`: what the shell registers, and what the screens and the PDF read here once arrived. */
export const loadServiceWords = (lang: Lang): Promise<Catalogue> => load(lang);

/** The words in this language if they have arrived: the shell loads them with the kind's pages (and before a switch). */
export const serviceWordsIn = (lang: Lang): Catalogue | undefined => arrived.get(lang);
