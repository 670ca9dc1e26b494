// Evaluate a validation: which rules hold, which answers are missing, the derived outcome and the
// conditions of an approval as tasks.
import { applicableOnly } from '../../engine/questions/applicable';
import { missingAnswers, questionsOf, type Missing } from '../../engine/questions/walk';
import { outcomeNameKey, outcomeOf, VERDICTS, type Outcome, type Verdict } from './outcomes';
import { DEFAULT_POLICY, type Ctx, type Policy } from './policy';
import { predicates } from './predicates';
import { stepList } from './questions';
import { rulebook, type Rule, type Severity } from './rules';
import { KIND_ID, type ServiceDoc } from './schema';

export interface Finding {
  ruleId: string;
  severity: Severity;
  field: string;
  /** `digital-service.rule.<id>`. */
  messageKey: string;
  unverified: boolean;
}

export interface Task {
  text: string;
  owner: string;
  due: string;
  public: boolean;
  ruleId: string;
  inherited: boolean;
  done: boolean;
}

export interface Evaluation {
  outcome: Outcome;
  outcomeNameKey: string;
  findings: Finding[];
  missing: Missing[];
  /** The approval's conditions, each a task with an owner and a due date. */
  conditions: Task[];
  /** Warnings no condition answers yet (named by rule id). */
  unansweredWarnings: string[];
  verdicts: readonly Verdict[];
}

const fires = (rule: Rule, doc: ServiceDoc, ctx: Ctx): boolean => rule.when.every((name) => predicates[name](doc, ctx));

export const evaluate = (doc: ServiceDoc, today: string, policy: Policy = DEFAULT_POLICY): Evaluation => {
  const ctx: Ctx = { today, policy };
  const seen = applicableOnly(stepList, doc, predicates, ctx);
  const hits = rulebook.filter((r) => fires(r, seen, ctx));
  const missing = missingAnswers(questionsOf(stepList, seen, predicates, ctx));
  const outcome = outcomeOf(hits, missing.length);
  const conditions = seen.decision.conditions.map((c) => ({
    text: c.text, owner: c.owner, due: c.due, public: c.public === 'yes', ruleId: c.ruleId, inherited: c.inherited === 'yes',
    done: c.done === 'yes',
  }));
  const answered = new Set(conditions.map((c) => c.ruleId));
  return {
    outcome,
    outcomeNameKey: outcomeNameKey(outcome, predicates.independentOwner(seen)),
    findings: hits.map((r) => ({
      ruleId: r.id, severity: r.severity, field: r.field, messageKey: `${KIND_ID}.rule.${r.id}`, unverified: r.unverified !== undefined,
    })),
    missing,
    conditions,
    unansweredWarnings: hits.filter((r) => r.severity === 'warn' && !answered.has(r.id)).map((r) => r.id),
    verdicts: VERDICTS[outcome],
  };
};
