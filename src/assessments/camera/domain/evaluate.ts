// evaluate(): the outcome, findings and missing answers, derived from the answers and never typed by hand.
import type { Assessment, Evaluation, Finding, IsoDate, Missing, Outcome, Policy, SignoffKind } from './types';
import { STEP_IDS } from './types';
import type { Hit, Rule, RuleContext, Traced } from './rule-types';
import { rulebook } from './rulebook';
import { missingEntry, requiredMissing } from './required';
import { dpiaIndicated, regimeOn } from './indicators';
import { addMonths } from '../../../engine/dates';
import { explain } from './explain';
import { cameraEndedBy } from './classify';

/**
 * Precedence, strongest first: a hard rule (blocked) > nothing tried or no documented need
 * (try-other-measures) > unanswered questions (incomplete) > school-hours areas or the permit era
 * (escalate) > public place under the policy (central-review) > principal-decides.
 */
export const OUTCOME_PRECEDENCE: readonly Outcome[] = [
  'blocked',
  'try-other-measures',
  'incomplete',
  'escalate',
  'central-review',
  'principal-decides',
];

export const outcomeOfRule = (rule: Rule): Outcome | null =>
  rule.leadsTo ?? (rule.severity === 'block' ? 'blocked' : rule.severity === 'escalate' ? 'escalate' : null);

const strongest = (candidates: Iterable<Outcome>): Outcome => {
  const set = new Set(candidates);
  return OUTCOME_PRECEDENCE.find((o) => set.has(o)) ?? 'principal-decides';
};

const SIGNOFF: Partial<Record<Outcome, SignoffKind>> = {
  'principal-decides': 'decision',
  'central-review': 'review-request',
  escalate: 'referral',
};

export function findingKey(ruleId: string, hit: Pick<Hit, 'cameraId' | 'itemId'>): string {
  const suffix = hit.cameraId ?? hit.itemId;
  return suffix === undefined ? ruleId : `${ruleId}:${suffix}`;
}

export function evaluate(assessment: Assessment, policy: Policy, today: IsoDate): Evaluation {
  try {
    return evaluateUnsafe(assessment, policy, today);
  } catch {
    // Only reachable with data that did not come through restore(); never crash the review.
    return {
      outcome: 'incomplete',
      regime: regimeOn(today),
      findings: [],
      missing: [],
      legalBasis: '',
      dpiaIndicated: false,
      nextReviewDate: '',
      cameraOutcomes: [],
      signoffKind: null,
      explanation: {
        sv: 'Bedömningen kunde inte utvärderas. Öppna den på nytt eller importera den igen.',
        en: 'The assessment could not be evaluated. Open it again or import it again.',
      },
    };
  }
}

function evaluateUnsafe(a: Assessment, policy: Policy, today: IsoDate): Evaluation {
  const decisionDate = a.school.decisionDate || today;
  const regime = regimeOn(decisionDate);
  // An end date silences a camera only once it has passed, and only on a camera that may have one (KB-H18).
  const cameras = a.cameras.map((camera, index) => ({ camera, index })).filter(({ camera }) => !cameraEndedBy(a, camera, today));
  const ctx: RuleContext = { assessment: a, policy, today, decisionDate, regime, cameras };

  const traced: Traced[] = [];
  const missing: Missing[] = requiredMissing(a, today);
  for (const rule of rulebook) {
    for (const hit of rule.test(ctx)) {
      if (hit.unanswered) missing.push(missingEntry(hit.field, rule.id));
      else traced.push({ finding: toFinding(rule, hit), rule, hit });
    }
  }
  const sortedMissing = sortByStep(dedupeMissing(missing));

  const candidates = traced.map((t) => outcomeOfRule(t.rule)).filter((o): o is Outcome => o !== null);
  if (sortedMissing.length > 0) candidates.push('incomplete');
  const outcome = strongest(candidates);

  const cameraOutcomes = cameras.map(({ camera, index }) => {
    const own = traced.filter((t) => t.finding.cameraId === camera.id).map((t) => outcomeOfRule(t.rule));
    const gaps = sortedMissing.some((m) => m.field.startsWith(`cameras.${index}.`));
    const list = [...own.filter((o): o is Outcome => o !== null), ...(gaps ? (['incomplete'] as const) : [])];
    return { cameraId: camera.id, outcome: strongest(list) };
  });

  const evaluation: Evaluation = {
    outcome,
    regime,
    findings: traced.map((t) => t.finding),
    missing: sortedMissing,
    legalBasis: a.data.legalBasis,
    dpiaIndicated: dpiaIndicated(ctx),
    nextReviewDate: a.decision.nextReviewDate || addMonths(decisionDate, policy.reviewIntervalMonths),
    cameraOutcomes,
    signoffKind: SIGNOFF[outcome] ?? null,
    explanation: { sv: '', en: '' },
  };
  evaluation.explanation = explain(a, evaluation, traced);
  return evaluation;
}

function toFinding(rule: Rule, hit: Hit): Finding {
  return {
    key: findingKey(rule.id, hit),
    ruleId: rule.id,
    severity: rule.severity,
    step: rule.step,
    ...(hit.cameraId !== undefined ? { cameraId: hit.cameraId } : {}),
    field: hit.field,
    message: rule.message,
    source: rule.source,
    checked: rule.checked,
    ...(rule.unverified ? { unverified: true } : {}),
  };
}

/** One entry per field; the one naming a rule wins, since it says why the answer is required. */
function dedupeMissing(missing: Missing[]): Missing[] {
  const byField = new Map<string, Missing>();
  for (const m of missing) {
    const seen = byField.get(m.field);
    if (!seen || (!seen.ruleId && m.ruleId)) byField.set(m.field, m);
  }
  return [...byField.values()];
}

function sortByStep(missing: Missing[]): Missing[] {
  return missing
    .map((m, order) => ({ m, order }))
    .sort((x, y) => STEP_IDS.indexOf(x.m.step) - STEP_IDS.indexOf(y.m.step) || x.order - y.order)
    .map(({ m }) => m);
}
