// "Verifiera dokument" for the kinds other than the camera's (a digital-service decision): the kind is found
// by the file's `format` through the registry and checked with its own code, the way the batch checker does
// (src/engine/check.ts): its record hashes to its kontrollkod, the document says what the record attests,
// the kontrollkod printed on the pages is the same, and (for a kind that can make its PDF again) the pages
// read as the signed document prints. The camera kind keeps its own path (verify-data.ts, verify-pages.ts).
import { ASSESSMENT_FORMAT } from '../assessments/camera/domain/types';
import { check, type Found } from '../engine/check';
import { isoDateOf } from '../engine/dates';
import type { AssessmentKind } from '../engine/kind';
import type { KindDecision, VerifyDeps, VerifyResult } from './verify-data';
import { comparedPages, type PdfInHand } from './verify-pages';

/** The kind of a file, by its `format`, or null when no kind the app knows writes it. */
export async function kindOf(raw: unknown): Promise<AssessmentKind | null> {
  // Loaded only when a file is checked: no kind's code comes with the verify page.
  const { kinds } = await import('../assessments/registry');
  return kinds.of(raw) ?? null;
}

/** The kind of a file that is not the camera kind's, or null: such files are read by verify-data.ts. */
export async function otherKindOf(raw: unknown): Promise<AssessmentKind | null> {
  const kind = await kindOf(raw);
  return kind === null || kind.format === ASSESSMENT_FORMAT ? null : kind;
}

export async function verifyKindDocument(
  kind: AssessmentKind,
  found: Found,
  source: VerifyResult['source'],
  deps: VerifyDeps = {},
  pdf: PdfInHand | null = null,
  now = new Date(),
): Promise<VerifyResult> {
  const known = deps.known;
  const none = { source, known: [] };
  const version: unknown = typeof found.raw === 'object' && found.raw !== null ? (found.raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > kind.schemaVersion) {
    return { ...none, status: 'unreadable', reason: 'newer-version' };
  }
  const restored = kind.restore(found.raw);
  if (!restored.ok) return { ...none, status: 'unreadable', reason: 'not-an-assessment' };
  const facts = kind.decision?.(restored.doc, found.rawRecord) ?? { by: '', on: null };
  // A decision is evaluated on the day it was recorded, as its PDF printed it.
  const checked = await check(kind, found, facts.on ?? isoDateOf(now));
  if (!checked.ok) return { ...none, status: 'unreadable', reason: 'not-an-assessment' };
  const c = checked.checked;
  const decision: KindDecision = {
    kind: kind.name,
    title: c.school,
    outcome: { sv: kind.outcomeName(c.outcome, 'sv'), en: kind.outcomeName(c.outcome, 'en') },
    by: facts.by,
    on: facts.on,
  };
  if (!c.signed) return { ...none, status: 'not-signed', decision };
  if (c.fingerprint === null) return { ...none, status: 'altered', reason: 'record-unreadable', decision };
  const base = { source, fingerprint: c.fingerprint, record: 'embedded' as const, decision, known: (await known?.(c.fingerprint)) ?? [] };
  if (c.signatureValid) return pdf === null ? { ...base, status: 'match' } : comparedPages(kind, restored.doc, facts.on, pdf, deps, { ...base, status: 'match' });
  // The record is intact but the pages print another kontrollkod, or the data no longer say what it attests.
  if (found.printed !== null && found.printed !== c.fingerprint) return { ...base, status: 'altered', reason: 'printed-fingerprint-differs', signedFingerprint: found.printed };
  return { ...base, status: 'altered', reason: 'record-differs' };
}
