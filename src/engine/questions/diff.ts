// What changed between two versions of a document, generated from the question definition: a new question
// shows up in the diff without touching this file. Kind-agnostic, like walk.ts, so it can move with it to
// src/engine/questions/. List rows have no identity of their own, so they are compared by position.
import type { Question, Step } from './builders';
import { isEmptyAnswer, questionsOf, type PredicateTable, type Visit } from './walk';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface AnswerChange {
  kind: ChangeKind;
  step: string;
  /** Dotted path of the answer or, for a list row added or removed, of the row ('contract.subprocessors.1'). */
  path: string;
  /** Names the question: the answer's template, or the list's for a whole row. */
  template: string;
  question: Question;
  /** Absent for 'added'. */
  before?: unknown;
  /** Absent for 'removed'. */
  after?: unknown;
}

const same = (a: unknown, b: unknown): boolean => (isEmptyAnswer(a) && isEmptyAnswer(b)) || JSON.stringify(a) === JSON.stringify(b);
const rows = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Every answer that differs, in question order. An answer that applies in neither version is left out (it is
 * kept in the file but counts nowhere else either), and so is any template in `ignore` (the decision itself).
 */
export function diffAnswers<D, C>(
  steps: readonly Step[],
  predicates: PredicateTable<D, C>,
  previous: { doc: D; ctx: C },
  next: { doc: D; ctx: C },
  ignore: ReadonlySet<string> = new Set(),
): AnswerChange[] {
  const before = new Map<string, Visit>();
  for (const v of questionsOf(steps, previous.doc, predicates, previous.ctx)) before.set(v.path, v);
  const out: AnswerChange[] = [];
  for (const v of questionsOf(steps, next.doc, predicates, next.ctx)) {
    if (ignore.has(v.template)) continue;
    const was = before.get(v.path);
    if (v.question.item) {
      const [old, now] = [rows(was?.value), rows(v.value)];
      const base = { step: v.step, template: v.template, question: v.question };
      now.slice(old.length).forEach((row, i) => out.push({ ...base, kind: 'added', path: `${v.path}.${old.length + i}`, after: row }));
      old.slice(now.length).forEach((row, i) => out.push({ ...base, kind: 'removed', path: `${v.path}.${now.length + i}`, before: row }));
      continue;
    }
    // A field of a row that only one version has is part of that row's 'added' or 'removed'.
    if (!was) continue;
    if (same(was.value, v.value) || (!was.applies && !v.applies)) continue;
    out.push({ kind: 'changed', step: v.step, path: v.path, template: v.template, question: v.question, before: was.value, after: v.value });
  }
  return out;
}
