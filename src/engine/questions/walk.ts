// One walker over the question definition; required answers and review rows are small folds over it.
// Kind-agnostic: a kind passes its steps, its named predicates and whatever context they need.
import { UNKNOWN, type Question, type Step } from './builders';

export type PredicateTable<D, C> = Readonly<Record<string, (doc: D, ctx: C) => boolean>>;

export interface Visit {
  /** Dotted path of the answer, e.g. 'contract.subprocessors.2.country'. */
  path: string;
  /** The path with list positions as '*', e.g. 'contract.subprocessors.*.country': names the question. */
  template: string;
  step: string;
  question: Question;
  value: unknown;
  /** The step's and the question's own `when` (and, in a list row, the list's) all hold. */
  applies: boolean;
}

const holds = <D, C>(name: string | undefined, predicates: PredicateTable<D, C>, doc: D, ctx: C): boolean => {
  if (name === undefined) return true;
  const p = predicates[name];
  if (!p) throw new Error(`Unknown predicate: ${name}`);
  return p(doc, ctx);
};

const field = (parent: unknown, key: string): unknown =>
  parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;

export function* questionsOf<D, C>(
  steps: readonly Step[],
  doc: D,
  predicates: PredicateTable<D, C>,
  ctx: C,
): Generator<Visit> {
  for (const s of steps) {
    const stepApplies = holds(s.when, predicates, doc, ctx);
    const answers = field(doc, s.id);
    for (const [key, question] of Object.entries(s.questions)) {
      const path = `${s.id}.${key}`;
      const value = field(answers, key);
      const applies = stepApplies && holds(question.when, predicates, doc, ctx);
      yield { path, template: path, step: s.id, question, value, applies };
      if (!question.item || !Array.isArray(value)) continue;
      for (const [i, row] of value.entries()) {
        for (const [k, q] of Object.entries(question.item)) {
          const own = holds(q.when, predicates, doc, ctx);
          yield { path: `${path}.${i}.${k}`, template: `${path}.*.${k}`, step: s.id, question: q, value: field(row, k), applies: applies && own };
        }
      }
    }
  }
}

export const isEmptyAnswer = (value: unknown): boolean =>
  value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** "Vet inte" given where the question needs a real answer. */
export const isUnknownAnswer = (value: unknown): boolean =>
  value === UNKNOWN || (Array.isArray(value) && value.includes(UNKNOWN));

export interface Missing {
  path: string;
  template: string;
  reason: 'empty' | 'unknown';
  /** The rules that need the answer, for "fråga leverantören". */
  rules: readonly string[];
}

export const missingAnswers = (visits: Iterable<Visit>): Missing[] => {
  const out: Missing[] = [];
  for (const { path, template, question, value, applies } of visits) {
    if (!applies) continue;
    const reason = question.required && isEmptyAnswer(value) ? 'empty' : question.inc && isUnknownAnswer(value) ? 'unknown' : null;
    if (reason) out.push({ path, template, reason, rules: question.rules });
  }
  return out;
};
