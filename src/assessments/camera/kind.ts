// The camera-surveillance assessment as a kind: the engine, the batch checker and the contract tests reach
// it only through this object.
import type { AssessmentKind, KindRule } from '../../engine/kind';
import { lazyOnce } from '../../engine/lazy';
import type { Assessment, Outcome, Policy } from './domain';
import { ASSESSMENT_FORMAT, OUTCOME_NAMES, SCHEMA_VERSION, defaultPolicy, emptyAssessment, evaluate, restore, restorePolicy, rulebook } from './domain';
import { AssessmentSchema } from './domain/schema';
import { cameraMessages } from './messages';
import { cameraFacts, cameraSignature } from './verify';
import { titleOf } from './summary-parts';

export const CAMERA_OUTCOMES: readonly Outcome[] = ['blocked', 'incomplete', 'try-other-measures', 'central-review', 'escalate', 'principal-decides'];
const isOutcome = (o: string): o is Outcome => Object.hasOwn(OUTCOME_NAMES, o);

/** The policy a file carries, or the built-in one when it carries none or one that does not restore. */
function policyOf(raw: unknown): Policy {
  if (raw === null || raw === undefined) return defaultPolicy;
  const restored = restorePolicy(raw);
  return restored.ok ? restored.value : defaultPolicy;
}

const rules: readonly KindRule[] = rulebook.map((r) => ({
  id: r.id,
  severity: r.severity,
  source: r.source.title,
  url: r.source.url,
  checked: r.checked,
  field: r.field,
  unverified: r.unverified === true,
}));

export const camera: AssessmentKind<Assessment> = {
  id: 'camera',
  format: ASSESSMENT_FORMAT,
  schemaVersion: SCHEMA_VERSION,
  name: { sv: 'Kamerabevakning', en: 'Camera surveillance' },
  restore(raw) {
    const r = restore(raw);
    if (r.ok) return { ok: true, doc: r.value };
    const first = r.problems[0];
    if (first) return { ok: false, message: first.message, where: first.path || '–' };
    return { ok: false, message: { sv: 'Filen innehåller ingen bedömning.', en: 'The file does not contain an assessment.' } };
  },
  empty: emptyAssessment,
  evaluate(doc, today, policy) {
    const ev = evaluate(doc, policyOf(policy), today);
    return { outcome: ev.outcome, findings: ev.findings, missing: ev.missing.map((m) => m.field) };
  },
  title: titleOf,
  version: (doc) => doc.version,
  outcomes: CAMERA_OUTCOMES,
  outcomeName: (outcome, lang) => (isOutcome(outcome) ? OUTCOME_NAMES[outcome][lang] : outcome),
  rules,
  signature: cameraSignature,
  facts: cameraFacts,
  // Loaded only when a PDF is verified: jsPDF stays out of the kind's eager code.
  pdf: lazyOnce(() => import('./pdf/pages')),
  messages: cameraMessages,
  schema: AssessmentSchema,
};
