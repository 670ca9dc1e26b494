// Validating a digital service (app, platform) before pupils use it, as a kind: the engine, the batch
// checker and the contract tests reach it only through this object.
import type { AssessmentKind, KindPdf, KindRule } from '../../engine/kind';
import { lazyOnce } from '../../engine/lazy';
import { evaluate } from './evaluate';
import { serviceHome } from './home';
import { serviceMessages } from './messages';
import { outcomeNames } from './messages/outcome-names';
import { OUTCOMES, type Outcome } from './outcomes';
import { checkDecision, parseDecisionRecord } from './pdf/record';
import { rulebook } from './rules';
import { documentSchema, empty, FORMAT, KIND_ID, parseDocument, SCHEMA_VERSION, type ServiceDoc } from './schema';
import { storedSummary } from './summarize';

const isOutcome = (o: string): o is Outcome => (OUTCOMES as readonly string[]).includes(o);

const rules: readonly KindRule[] = rulebook.map((r) => ({
  id: r.id,
  severity: r.severity,
  source: r.source,
  url: r.url,
  checked: r.checked,
  field: r.field,
  unverified: r.unverified !== undefined,
}));

export const digitalService: AssessmentKind<ServiceDoc> = {
  id: KIND_ID,
  format: FORMAT,
  schemaVersion: SCHEMA_VERSION,
  name: { sv: 'Digital tjänst', en: 'Digital service' },
  restore(raw) {
    const parsed = parseDocument(raw);
    if (parsed.ok) return { ok: true, doc: parsed.doc };
    const where = parsed.issues[0] ?? '';
    return {
      ok: false,
      message: {
        sv: `Filen är ingen giltig validering av en digital tjänst (${where}).`,
        en: `The file is not a valid validation of a digital service (${where}).`,
      },
    };
  },
  empty,
  evaluate(doc, today) {
    const ev = evaluate(doc, today);
    return { outcome: ev.outcome, findings: ev.findings, missing: ev.missing.map((m) => m.path) };
  },
  title: (doc) => doc.service.name,
  // A validation is not a chain of signed versions (yet): re-validation makes a new document.
  version: () => null,
  outcomes: OUTCOMES,
  outcomeName: (outcome, lang) => (isOutcome(outcome) ? outcomeNames[lang][`${outcome}.name`] : outcome),
  rules,
  // A recorded decision travels in its PDF with the record of what it attests (pdf/record.ts).
  signature: (raw, rawRecord) => checkDecision(raw, rawRecord),
  // A validation is a recorded decision: the verify page shows who decided, the day and the outcome.
  facts: (doc, rawRecord) => ({
    decision: {
      by: [doc.decision.deciderName, doc.decision.deciderTitle].map((s) => s.trim()).filter(Boolean).join(', '),
      on: parseDecisionRecord(rawRecord)?.decidedOn ?? null,
    },
  }),
  // Loaded only when a decision PDF is made or verified: jsPDF stays out of the kind's eager code.
  pdf: lazyOnce<KindPdf<ServiceDoc>>(async () => {
    const { renderServicePdf } = await import('./pdf/render');
    return {
      pages: async (doc, { lang, now, decidedOn, unit, fonts }) => ({
        ok: true,
        bytes: await renderServicePdf({ doc, decidedOn, lang, now, unit }, ...(fonts ? [fonts] : [])),
      }),
    };
  }),
  summarize: storedSummary,
  home: serviceHome,
  messages: serviceMessages,
  schema: documentSchema,
};
