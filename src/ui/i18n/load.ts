// Which message catalogues are loaded, and in which language: only the active one, and only what a page speaks.
// Home's groups come with the first paint: the Swedish ones with the entry (a first visit starts in Swedish and
// runs without waiting for another module), the English ones (first-en.ts) fetched as an English start begins;
// the shell's other groups and a kind's catalogue with the first page that needs them (App.tsx). A language
// switch loads every catalogue asked for so far in the new language and switches only once they arrived, so no
// key shows in place of its text.
import type { Lang } from '../../engine/kind';
import { catalogueIn, loadCatalogue, type Catalogue, type GroupModule } from '../../engine/messages';
import { kindCatalogues } from '../../assessments/messages';
import { registerCatalogue } from './catalogue';
import { storedLang } from './index';
import { groups as homeSv } from './first-sv';

type Source = Readonly<Record<Lang, () => Promise<Catalogue>>>;

// Every group but `common` (in the first chunk) and home's: pages past home share them. The lists are the same.
const shellHalves = {
  sv: import.meta.glob<GroupModule>(
    ['./messages/wizard.ts', './messages/wizardReview.ts', './messages/pdfUi.ts', './messages/verify.ts', './messages/kinds.ts', './messages/organisation.ts'],
    { query: '?lang=sv' },
  ),
  en: import.meta.glob<GroupModule>(
    ['./messages/wizard.ts', './messages/wizardReview.ts', './messages/pdfUi.ts', './messages/verify.ts', './messages/kinds.ts', './messages/organisation.ts'],
    { query: '?lang=en' },
  ),
};

const shell: Source = { sv: () => loadCatalogue('sv', shellHalves.sv), en: () => loadCatalogue('en', shellHalves.en) };
const home: Source = {
  sv: async () => catalogueIn('sv', homeSv), // in place from the start (below); here for the Source's shape
  en: () => import('./first-en').then((m) => catalogueIn('en', m.groups)),
};

/** 'home' and 'shell' are the shell's catalogues; any other name is a kind's id (src/assessments/messages.ts). */
export type CatalogueName = string;
const sourceOf = (name: CatalogueName): Source | undefined => (name === 'home' ? home : name === 'shell' ? shell : kindCatalogues[name]);

const loaded = new Map<string, Promise<void>>();
/** The catalogues that have arrived, by `lang:name`: what a render can use now. */
const arrived = new Set<string>();
const asked = new Set<CatalogueName>(['home']);
/** The language pages load their catalogues in; the one main.tsx starts in until a switch has loaded another. */
let active: Lang = storedLang();

/** One catalogue in one language, fetched once; a failed fetch is tried again on the next call. */
function load(lang: Lang, name: CatalogueName): Promise<void> {
  const key = `${lang}:${name}`;
  let done = loaded.get(key);
  if (!done) {
    const source = sourceOf(name);
    done = source
      ? source[lang]().then((catalogue) => {
          registerCatalogue(lang, catalogue);
          arrived.add(key);
        })
      : Promise.reject(new Error(`No message catalogue '${name}'.`));
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

// Home's Swedish groups came with the entry: in place as this module runs, so a Swedish start waits for nothing.
registerCatalogue('sv', catalogueIn('sv', homeSv));
arrived.add('sv:home');
loaded.set('sv:home', Promise.resolve());

/** Whether a catalogue is here in this language already (home's, on a Swedish start). */
export function hasMessages(lang: Lang, name: CatalogueName): boolean {
  return arrived.has(`${lang}:${name}`);
}

/** These catalogues in the active language: what a page speaks, loaded beside its chunk. */
export function loadMessages(names: readonly CatalogueName[]): Promise<void> {
  for (const name of names) asked.add(name);
  return Promise.all(names.map((name) => load(active, name))).then(() => undefined);
}

/**
 * Makes `lang` the language pages load in, once every catalogue asked for so far (home's at least) has arrived
 * in it or failed, including those a page asked for meanwhile. Rejects when a fetch failed; `lang` is then
 * active all the same, as the caller switches anyway (a missing text shows its key, never a crash).
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  let failure: unknown = null;
  for (let names: CatalogueName[] = []; names.length < asked.size; ) {
    names = [...asked];
    const results = await Promise.allSettled(names.map((name) => load(lang, name)));
    failure = results.find((r) => r.status === 'rejected')?.reason ?? null;
  }
  active = lang;
  if (failure !== null) throw failure;
}
