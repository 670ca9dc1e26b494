// Once a decision is recorded, a validation's answers are evidence: they change only in a new version
// (omvalidering), never in place. What may still change is the follow-up the decision starts: the offboarding
// of a discontinued service, the flag a newer platform validation sets, and conditions marked done.
import type { ServiceDoc } from './schema';

const FOLLOW_UP = /^(discontinued|needsReview)(\.|$)|^decision\.conditions\.\d+\.done$/;

/** May the answer at this dotted path change after the decision? */
export const mayChangeAfterDecision = (path: string): boolean => FOLLOW_UP.test(path);

/** What a decision attests: the document without its bookkeeping (updatedAt) and without the follow-up. */
export function decidedPart(doc: ServiceDoc) {
  const { updatedAt: _u, discontinued: _d, needsReview: _n, ...rest } = doc;
  return { ...rest, decision: { ...rest.decision, conditions: rest.decision.conditions.map(({ done: _done, ...c }) => c) } };
}
