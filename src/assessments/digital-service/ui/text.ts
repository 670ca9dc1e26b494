// The words of this kind on screen: its catalogue (questions, options, rules, outcomes, steps) and the
// screens' own messages, in the principal's language. Loaded with this kind's chunk, never before.
import { en } from '../messages/en';
import { sv } from '../messages/sv';
import { KIND_ID, type ServiceDoc } from '../schema';
import { dsUi, type DsUiKey } from './messages';
import type { Lang } from '../../../engine/kind';

type Params = Record<string, string | number>;

const CATALOGUE = { sv, en } as const;

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;

export interface DsText {
  lang: Lang;
  /** The screens' own words. */
  t: (key: DsUiKey, params?: Params) => string;
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
export type DsPluralKey = { [K in DsUiKey]: `${K}.one` extends DsUiKey ? K : never }[DsUiKey];

export function dsText(lang: Lang): DsText {
  const cat = CATALOGUE[lang];
  const ui = dsUi[lang];
  const k = (key: string) => cat[`${KIND_ID}.${key}`] ?? key;
  const rules = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const t = (key: DsUiKey, params?: Params) => fill(ui[key], params);
  return {
    lang,
    t,
    // Every key with a '.one' sibling is a DsUiKey by DsPluralKey's definition.
    n: (key, count, params) => t(rules.select(count) === 'one' ? (`${key}.one` as DsUiKey) : key, { ...params, count }),
    k,
    label: (template) => k(`q.${template}`),
    help: (template) => cat[`${KIND_ID}.q.${template}.help`],
    option: (set, value) => k(`opt.${set}.${value}`),
    step: (id) => k(`step.${id}`),
  };
}

/** What a section of the review page gets: the validation, the day its decision was recorded, the words. */
export interface OnReview {
  doc: ServiceDoc;
  decidedOn: string | null;
  x: DsText;
}
