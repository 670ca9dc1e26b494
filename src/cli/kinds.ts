// The assessment kinds the checker knows, found by the `format` field every assessment file carries. Each
// kind restores, evaluates and verifies with the app's own code; today there is one, the camera assessment.
import type { Assessment, Policy, Text } from '../assessments/camera/domain';
import { ASSESSMENT_FORMAT, defaultPolicy, evaluate, restore, restorePolicy } from '../assessments/camera/domain';
import { checkSignedData } from '../pdf/verify-data';

/** What the checker prints about one assessment, apart from the file it came from. */
export interface Checked {
  kind: string;
  id: string;
  version: number;
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

export interface AssessmentKind {
  id: string;
  format: string;
  check(found: Found, today: string): Promise<KindResult>;
}

function policyOf(raw: unknown): Policy {
  if (raw === null || raw === undefined) return defaultPolicy;
  const restored = restorePolicy(raw);
  return restored.ok ? restored.value : defaultPolicy;
}

const camera: AssessmentKind = {
  id: 'camera',
  format: ASSESSMENT_FORMAT,
  async check({ raw, rawRecord, rawPolicy, printed }, today) {
    const restored = restore(raw);
    if (!restored.ok) {
      const first = restored.problems[0];
      return { ok: false, message: first?.message ?? { sv: 'Filen innehåller ingen bedömning.', en: 'The file does not contain an assessment.' } };
    }
    const a: Assessment = restored.value;
    const ev = evaluate(a, policyOf(rawPolicy), today);
    // The app's own check of signed data: the record's text against its fingerprint, the document against the record.
    const { result } = await checkSignedData(raw, rawRecord, 'json', undefined);
    const signed = result.status !== 'not-signed';
    // A PDF whose footers print another fingerprint than the one its data hash to shows something else.
    const footersAgree = printed === null || printed === result.fingerprint;
    return {
      ok: true,
      checked: {
        kind: 'camera',
        id: a.id,
        version: a.version,
        school: a.school.schoolName,
        outcome: ev.outcome,
        findings: ev.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
        missing: ev.missing.map((m) => m.field),
        signed,
        signatureValid: signed ? result.status === 'match' && footersAgree : null,
        fingerprint: signed ? (result.fingerprint ?? null) : null,
      },
    };
  },
};

export const KINDS: readonly AssessmentKind[] = [camera];

export const kindOf = (raw: unknown): AssessmentKind | undefined => {
  const format = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { format?: unknown }).format : undefined;
  return KINDS.find((k) => k.format === format);
};
