// Conditions over the document, written once. A rule, an applicability check and a wizard guard that mean
// the same thing call the same function here, so they cannot drift apart.
import type { Assessment } from './types';

const filled = (s: string): boolean => s.trim() !== '';

/** True once the principal has described the problem: from then on, a missing need is a finding. */
export const problemDescribed = (a: Assessment): boolean => filled(a.problem.description) || filled(a.problem.purpose);

/**
 * Something less intrusive was considered: a measure tried, a measure marked "not tried" with why it
 * cannot be, or a reason why no measure can be tried at all. A reason on a measure nobody marked as
 * not tried does not count: it is not yet an answer to "was it tried?".
 */
export const alternativesConsidered = (a: Assessment): boolean =>
  filled(a.measures.noneReason) || a.measures.items.some((m) => m.tried === 'yes' || (m.tried === 'no' && filled(m.whyNotPossible)));

/** KB-H05-no-alternatives, and the wizard's stop "try other measures first" on leaving the measures. */
export const needsTryFirst = (a: Assessment): boolean => problemDescribed(a) && !alternativesConsidered(a);
