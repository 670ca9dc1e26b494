// "Verifiera dokument" for the kinds other than the camera's (a digital-service decision): the kind is found
// by the file's `format` through the registry and checked with its own code, the way the batch checker does
// (src/engine/check.ts): its record hashes to its kontrollkod, the document says what the record attests,
// the kontrollkod printed on the pages is the same, and (for a kind that can make its PDF again) the pages
// read as the signed document prints. The camera kind keeps its own path (verify-data.ts, verify-pages.ts).
import { ASSESSMENT_FORMAT } from '../assessments/camera/domain/types';
import { check, type Found } from '../engine/check';
import { isoDateOf } from '../engine/dates';
import type { AssessmentKind, BaseDoc } from '../engine/kind';
import { browserPdfjs } from './page-text';
import type { KindDecision, VerifyDeps, VerifyResult } from './verify-data';
import { pagesAgainst, printedAt, reproducible } from './verify-pages';

/** The kind of a file that is not the camera kind's, or null: such files are read by verify-data.ts. */
export async function otherKindOf(raw: unknown): Promise<AssessmentKind | null> {
  // Loaded only when a file is checked: the kinds' code stays out of the camera PDF's path until then.
  const { kinds } = await import('../assessments/registry');
  const kind = kinds.of(raw);
  return kind === undefined || kind.format === ASSESSMENT_FORMAT ? null : kind;
}

/** A PDF as it came: its bytes and the kb:render it was made with (null when it has none). */
export interface PdfInHand {
  bytes: Uint8Array;
  render: Record<string, unknown> | null;
}

/**
 * The pages made again from the signed document with the options the PDF was made with, their text compared
 * with what a reader sees. Pages that cannot be made again exactly (another app version, time zone) and
 * differ are "not compared", never called altered.
 */
async function comparedPages(kind: AssessmentKind, doc: BaseDoc, decidedOn: string | null, pdf: PdfInHand, deps: VerifyDeps, result: VerifyResult): Promise<VerifyResult> {
  if (!kind.pages) return result;
  const { lang, unit } = pdf.render ?? {};
  const again = await kind.pages(doc, {
    lang: typeof lang === 'string' && lang.startsWith('en') ? 'en' : 'sv',
    now: printedAt(pdf.bytes, pdf.render) ?? new Date(),
    decidedOn,
    unit: typeof unit === 'string' ? unit : '',
    ...(deps.fonts ? { fonts: deps.fonts } : {}),
  });
  return pagesAgainst(again, pdf.bytes, await (deps.pdfjs ?? browserPdfjs)(), reproducible(pdf.render), result);
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
