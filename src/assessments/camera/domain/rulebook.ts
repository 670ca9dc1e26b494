// The rulebook: every rule of the domain brief's section 6 as data. docs/rules.md is generated from it.
import type { Rule } from './rule-types';
import type { IsoDate } from './types';
import { hardRules } from './rules-hard';
import { processRules } from './rules-process';
import { softCameraRules } from './rules-soft-cameras';
import { softCaseRules } from './rules-soft-case';
import { infoRules } from './rules-info';
import { rules2026 } from './rules-2026';

/** Hard rules first, then warnings, then routing and guidance; by number within each group. */
const GROUP_ORDER = ['H', 'S', 'I', 'P'];
const sortKey = (r: Rule) => `${GROUP_ORDER.indexOf(r.id.charAt(3))}${r.id.slice(4)}`;

export const rulebook: readonly Rule[] = Object.freeze(
  [...hardRules, ...processRules, ...softCameraRules, ...softCaseRules, ...infoRules, ...rules2026].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  ),
);

export const ruleById = (id: string): Rule | undefined => rulebook.find((r) => r.id === id);

/** The latest date any rule was checked; each rule carries its own date (Rule.checked), shown with it. */
export const RULEBOOK_CHECKED: IsoDate = rulebook.reduce((latest, r) => (r.checked > latest ? r.checked : latest), '');
