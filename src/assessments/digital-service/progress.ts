// How far a validation has come, as the wizard and its pages read it: which steps apply to the answers, what
// is still missing on a step, and whether the decision may be recorded. Each is read from the question
// definition and evaluate (the rules), so the machine's gates and the pages ask the same question.
import { canonicalJson } from '../../engine/canonical';
import { decidedPart, mayChangeAfterDecision } from './decided';
import type { Evaluation } from './evaluate';
import { isInherited } from './inherit';
import type { Ctx } from './policy';
import { predicates, type PredicateName } from './predicates';
import { stepList } from './questions';
import { parseDocument, type ServiceDoc } from './schema';

/** The last page: the outcome, findings, conditions and the decision. Not a step of the question definition. */
export const REVIEW = 'review';

const isPredicate = (name: string): name is PredicateName => Object.hasOwn(predicates, name);

/** The question definition's steps that apply to these answers, in order, then the review. */
export function stepsNow(doc: ServiceDoc, ctx: Ctx): string[] {
  const applies = (when: string | undefined) => when === undefined || (isPredicate(when) && predicates[when](doc, ctx));
  return [...stepList.filter((s) => applies(s.when)).map((s) => s.id), REVIEW];
}

/** Every step there can be, in order. */
export const ALL_STEPS: readonly string[] = [...stepList.map((s) => s.id), REVIEW];

/** Required answers missing on a step (those taken over from a platform validation are not the school's). */
export function missingOnStep(doc: ServiceDoc, ev: Evaluation, step: string): string[] {
  return ev.missing.filter((m) => m.path.startsWith(`${step}.`) && !isInherited(doc, m.path)).map((m) => m.path);
}

/** The verdict chosen is one the outcome allows: the decision may be recorded. */
export function mayRecord(doc: ServiceDoc, ev: Evaluation): boolean {
  const chosen = doc.decision.verdict;
  return chosen !== '' && (ev.verdicts as readonly string[]).includes(chosen);
}

/** The document with the answer at a dotted path replaced; list positions are numbers. */
export function setAt<T>(doc: T, path: string, value: unknown): T {
  const out = structuredClone(doc) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = out;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') return doc;
    node = child as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
  return out as T;
}

/**
 * The document with an answer kept, or null: only if it stays valid (what restore would refuse is never
 * stored) and, once a decision is recorded, only follow-up: the decided answers change in a new version.
 */
export function answered(doc: ServiceDoc, decided: boolean, path: string, value: unknown, at: string): ServiceDoc | null {
  if (decided && !mayChangeAfterDecision(path)) return null;
  const parsed = parseDocument({ ...setAt(doc, path, value), updatedAt: at });
  return parsed.ok ? parsed.doc : null;
}

/** A whole new document (a platform validation taken over, a discontinuation), or null if it changes what was decided. */
export function replaced(doc: ServiceDoc, decided: boolean, next: ServiceDoc): ServiceDoc | null {
  return decided && canonicalJson(decidedPart(doc)) !== canonicalJson(decidedPart(next)) ? null : next;
}
