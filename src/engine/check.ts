// One assessment checked with its kind's own code, whatever the kind: restored, evaluated on the caller's
// day and its signature verified against the record that travelled with it. The batch checker and the app's
// verify page both read files this way; the caller finds the kind (by `format`, through the registry).
import type { AssessmentKind, Text } from './kind';

/** What the checker prints about one assessment, apart from the file it came from. */
export interface Checked {
  kind: string;
  id: string;
  /** The version of a signed chain; null for a kind without versions. */
  version: number | null;
  /** The school, or the service for a validation of a digital service. */
  school: string;
  outcome: string;
  findings: { ruleId: string; severity: string }[];
  /** The fields of the required answers that are missing. */
  missing: string[];
  signed: boolean;
  /** Null when unsigned; false when the document no longer says what was signed, or the record is broken. */
  signatureValid: boolean | null;
  /** The signed fingerprint, recomputed from what was signed: to look up in the register or diarium. Null when unsigned. */
  fingerprint: string | null;
}

/** One assessment as it travelled: its raw JSON, the raw record beside it (null: none), the policy the file carries. */
export interface Found {
  raw: unknown;
  rawRecord: unknown;
  rawPolicy: unknown;
  /** The fingerprint a PDF printed in its footers; null for JSON. */
  printed: string | null;
}

export type KindResult = { ok: true; checked: Checked } | { ok: false; message: Text };

/** Restore, evaluate and verify one assessment with its kind's own code. */
export async function check(kind: AssessmentKind, { raw, rawRecord, rawPolicy, printed }: Found, today: string): Promise<KindResult> {
  const restored = kind.restore(raw);
  if (!restored.ok) return { ok: false, message: restored.message };
  const doc = restored.doc;
  const ev = kind.evaluate(doc, today, rawPolicy);
  const signature = await kind.signature(raw, rawRecord);
  // A PDF whose footers print another fingerprint than the one its data hash to shows something else.
  const footersAgree = printed === null || printed === signature.fingerprint;
  return {
    ok: true,
    checked: {
      kind: kind.id,
      id: doc.id,
      version: kind.version(doc),
      school: kind.title(doc),
      outcome: ev.outcome,
      findings: ev.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
      missing: [...ev.missing],
      signed: signature.signed,
      signatureValid: signature.signed ? signature.valid === true && footersAgree : null,
      fingerprint: signature.fingerprint,
    },
  };
}
