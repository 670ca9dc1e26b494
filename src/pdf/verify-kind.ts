// "Verifiera dokument" for a document of any kind: the kind is found by the file's `format` through the
// registry and checked with its own code, the way the batch checker does (src/engine/check.ts): what was signed
// hashes to its fingerprint (kontrollkod), the document says what the record attests, the fingerprint printed
// on the pages is the same, and (for a kind that can make its PDF again) the pages read as the signed
// document prints (verify-pages.ts).
import type { Found } from '../engine/check';
import { isoDateOf } from '../engine/dates';
import type { AssessmentKind, BaseDoc, DecisionFacts, VerifiedFacts } from '../engine/kind';
import type { KindDecision, VerifyDeps, VerifyResult } from './verify-result';
import { comparedPages, type PdfInHand } from './verify-pages';

/** Every file this app writes names its format 'kamerabedomning/<what>' (backups, each kind's documents). */
const APP_FORMAT_PREFIX = 'kamerabedomning';

/** The kind of a file, by its `format`, or null when no kind the app knows writes it. */
export async function kindOf(raw: unknown): Promise<AssessmentKind | null> {
  // Loaded lazily: no kind's code is in the verify page's own chunk (prepareVerifier starts it as the page opens).
  const { kinds } = await import('../assessments/registry');
  return kinds.of(raw) ?? null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why no kind reads a file: one of this app's documents (its format named as ours are) of a schema version above
 * every kind's here was written by a newer version of the app (a kind this one does not have yet, say), and asks
 * for an update; anything else is not an assessment.
 */
export async function unknownFileReason(raw: unknown): Promise<'newer-version' | 'not-an-assessment'> {
  const { kinds } = await import('../assessments/registry');
  const newest = Math.max(...kinds.kinds.map((k) => k.schemaVersion));
  const ours = isObject(raw) && typeof raw.format === 'string' && raw.format.startsWith(`${APP_FORMAT_PREFIX}/`);
  return ours && typeof raw.schemaVersion === 'number' && raw.schemaVersion > newest ? 'newer-version' : 'not-an-assessment';
}

/** A recorded decision is shown with its outcome, evaluated on the day it was recorded, as its PDF printed it. */
function decisionOf(kind: AssessmentKind, doc: BaseDoc, facts: DecisionFacts, found: Found, now: Date): KindDecision {
  const { outcome } = kind.evaluate(doc, facts.on ?? isoDateOf(now), found.rawPolicy);
  return {
    kind: kind.name,
    title: kind.title(doc),
    outcome: { sv: kind.outcomeName(outcome, 'sv'), en: kind.outcomeName(outcome, 'en') },
    by: facts.by,
    on: facts.on,
  };
}

const shown = (kind: AssessmentKind, doc: BaseDoc, facts: VerifiedFacts, found: Found, now: Date): Pick<VerifyResult, 'assessment' | 'decision'> =>
  'decision' in facts ? { decision: decisionOf(kind, doc, facts.decision, found, now) } : { assessment: facts.version };

export async function verifyKindDocument(
  kind: AssessmentKind,
  found: Found,
  source: VerifyResult['source'],
  deps: VerifyDeps = {},
  pdf: PdfInHand | null = null,
  now = new Date(),
): Promise<VerifyResult> {
  const none = { source, known: [] };
  // A file (or the record beside it) from a newer app asks for an update instead of guessing.
  const newer = (v: unknown): boolean => isObject(v) && typeof v.schemaVersion === 'number' && v.schemaVersion > kind.schemaVersion;
  if (newer(found.raw) || newer(found.rawRecord)) return { ...none, status: 'unreadable', reason: 'newer-version' };
  const restored = kind.restore(found.raw);
  if (!restored.ok) return { ...none, status: 'unreadable', reason: 'not-an-assessment' };
  const facts = kind.facts(restored.doc, found.rawRecord);
  const what = shown(kind, restored.doc, facts, found, now);
  const s = await kind.signature(found.raw, found.rawRecord);
  if (!s.signed) return { ...none, status: 'not-signed', ...what };
  if (s.problem === 'unreadable') return { ...none, status: 'unreadable', reason: 'not-an-assessment' };
  if (s.fingerprint === null) return { ...none, status: 'altered', reason: 'record-unreadable', ...what };
  const known = (await deps.known?.(s.fingerprint)) ?? [];
  const base = { source, fingerprint: s.fingerprint, record: s.record ?? 'embedded', ...what, known };
  if (s.problem !== undefined) return { ...base, status: 'altered', reason: s.problem, ...(s.claimed !== undefined ? { signedFingerprint: s.claimed } : {}) };
  // The record is intact, but the pages may print another fingerprint than the one the data hash to.
  const printed = found.printed;
  if (s.valid === true && (printed === null || printed === s.fingerprint)) {
    const decidedOn = 'decision' in facts ? facts.decision.on : null;
    return pdf === null ? { ...base, status: 'match' } : comparedPages(kind, restored.doc, decidedOn, pdf, deps, { ...base, status: 'match' });
  }
  if (printed !== null && printed !== s.fingerprint) return { ...base, status: 'altered', reason: 'printed-fingerprint-differs', signedFingerprint: printed };
  return { ...base, status: 'altered', reason: 'record-differs' };
}
