// The rulebook: every rule of the domain brief's section 6 as data. docs/rules.md is generated from it.
import type { Rule } from './rule-types';
import type { IsoDate } from './types';
import { hardRules } from './rules-hard';
import { processRules } from './rules-process';
import { softCameraRules } from './rules-soft-cameras';
import { softCaseRules } from './rules-soft-case';
import { infoRules } from './rules-info';
import { CHECKED } from './rule-helpers';

/** When the rulebook was last checked against the domain brief (whose sources are dated up to 2025). */
export const RULEBOOK_CHECKED: IsoDate = CHECKED;

export const rulebook: readonly Rule[] = Object.freeze([
  ...hardRules,
  ...processRules,
  ...softCameraRules,
  ...softCaseRules,
  ...infoRules,
]);

export const ruleById = (id: string): Rule | undefined => rulebook.find((r) => r.id === id);
