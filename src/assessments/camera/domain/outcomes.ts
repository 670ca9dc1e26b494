// One name per outcome, the same in the wizard, the list of assessments and the PDF: the principal, the
// DPO and the administration must read the same words for the same result.
import type { Lang, Outcome, Text } from './types';

export const OUTCOME_NAMES: Readonly<Record<Outcome, Text>> = {
  blocked: { sv: 'Kan inte godkännas', en: 'Cannot be approved' },
  incomplete: { sv: 'Ofullständig', en: 'Incomplete' },
  'try-other-measures': { sv: 'Pröva andra åtgärder först', en: 'Try other measures first' },
  'central-review': { sv: 'Till förvaltningen för prövning', en: 'To the administration for review' },
  escalate: { sv: 'Lyfts till huvudmannen', en: 'Referred to the school owner' },
  'principal-decides': { sv: 'Rektor kan besluta', en: 'The principal may decide' },
};

export const outcomeName = (outcome: Outcome, lang: Lang): string => OUTCOME_NAMES[outcome][lang];
