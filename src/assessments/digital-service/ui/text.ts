// The words of this kind on screen: its catalogue (questions, options, rules, outcomes, steps) and the
// screens' own messages, in the principal's language. They are not in this module: they arrive in one language
// with the kind's pages (the shell loads the kind's catalogue beside them, and again before a language switch),
// and the PDF loads its own language (serviceText). A word not arrived shows its key, never a crash.
import { loadServiceWords, serviceWordsIn } from '../messages/words';
import type { ScreenKey } from '../messages/sv-screens';
import { KIND_ID, SCREEN_PREFIX } from '../id';
import type { ServiceDoc } from '../schema';
import type { Lang } from '../../../engine/kind';

type Params = Record<string, string | number>;

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;

export interface DsText {
  lang: Lang;
  /** The screens' own words. */
  t: (key: ScreenKey, params?: Params) => string;
  /** A count in words: the key's '.one' sibling when the language calls `count` singular ("1 validering"), else the key. */
  n: (key: DsPluralKey, count: number, params?: Params) => string;
  /** A key of the kind's catalogue without the kind prefix ('q.service.name', 'opt.yesNo.yes'); the key itself if absent. */
  k: (key: string) => string;
  label: (template: string) => string;
  help: (template: string) => string | undefined;
  option: (set: string, value: string) => string;
  step: (id: string) => string;
}

/** The screens' keys that have a singular form beside them. */
export type DsPluralKey = { [K in ScreenKey]: `${K}.one` extends ScreenKey ? K : never }[ScreenKey];

/** The words in `lang` as they have arrived: for screens, which the shell opens once the kind's words are here. */
export function dsText(lang: Lang): DsText {
  const cat = serviceWordsIn(lang) ?? {};
  const k = (key: string) => cat[`${KIND_ID}.${key}`] ?? key;
  const rules = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const t = (key: ScreenKey, params?: Params) => fill(cat[`${SCREEN_PREFIX}${key}`] ?? key, params);
  return {
    lang,
    t,
    // Every key with a '.one' sibling is a ScreenKey by DsPluralKey's definition.
    n: (key, count, params) => t(rules.select(count) === 'one' ? (`${key}.one` as ScreenKey) : key, { ...params, count }),
    k,
    label: (template) => k(`q.${template}`),
    help: (template) => cat[`${KIND_ID}.q.${template}.help`],
    option: (set, value) => k(`opt.${set}.${value}`),
    step: (id) => k(`step.${id}`),
  };
}

/** The words in `lang` once loaded: for a PDF, whose language may differ from the screen's (a verified document's). */
export async function serviceText(lang: Lang): Promise<DsText> {
  await loadServiceWords(lang);
  return dsText(lang);
}

/** What a section of the review page gets: the validation, the day its decision was recorded, the words. */
export interface OnReview {
  doc: ServiceDoc;
  decidedOn: string | null;
  x: DsText;
}
