// Answers kept for questions that no longer apply (an earlier branch, changed later) must not decide
// anything: rules read the document with those answers emptied. Kind-agnostic.
import type { Step } from './builders';
import { questionsOf, type PredicateTable } from './walk';

const PASSES = 3; // emptying an answer can close a branch that gates another; a few passes settle it

export const applicableOnly = <D extends object, C>(
  steps: readonly Step[],
  doc: D,
  predicates: PredicateTable<D, C>,
  ctx: C,
): D => {
  const out = structuredClone(doc);
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    for (const visit of questionsOf(steps, out, predicates, ctx)) {
      if (visit.applies || visit.path !== visit.template) continue;
      const part = (out as Record<string, Record<string, unknown>>)[visit.step];
      const key = visit.path.slice(visit.step.length + 1);
      if (!part || JSON.stringify(part[key]) === JSON.stringify(visit.question.empty)) continue;
      part[key] = structuredClone(visit.question.empty);
      changed = true;
    }
    if (!changed) break;
  }
  return out;
};
