// What a recorded decision attests, kept beside the document in its PDF: the exact text that was hashed
// (the document without its bookkeeping, and the day the decision was recorded) and its SHA-256, the
// kontrollkod printed on every page. A verifier hashes the text again and compares it with the document.
import { canonicalJson } from '../../../engine/canonical';
import { sha256Hex } from '../../../engine/sha256';
import type { SignatureCheck } from '../../../engine/kind';
import { decidedPart } from '../decided';
import { FORMAT, parseDocument, type ServiceDoc } from '../schema';

/** Sorted keys, no whitespace, `updatedAt` left out; never edited, a later form gets a name of its own. */
export const DS_C14N_V1 = 'kb-ds-c14n-1' as const;
/**
 * As v1, but over the decided part only (decided.ts): the offboarding, a review flag and conditions marked
 * done come after the decision and leave its kontrollkod as it was. Records made from now on use it.
 */
export const DS_C14N_V2 = 'kb-ds-c14n-2' as const;
type C14n = typeof DS_C14N_V1 | typeof DS_C14N_V2;

export interface DecisionRecord {
  format: typeof FORMAT;
  c14n: C14n;
  decidedOn: string;
  /** Exactly the text that was hashed. */
  content: string;
  fingerprint: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The canonical text of a validation and the day its decision was recorded; saving again (updatedAt) changes nothing. */
export function canonicalDecision(doc: ServiceDoc, decidedOn: string, c14n: C14n = DS_C14N_V2): string {
  if (c14n === DS_C14N_V2) return canonicalJson({ decidedOn, document: decidedPart(doc) });
  const { updatedAt: _u, ...rest } = doc;
  return canonicalJson({ decidedOn, document: rest });
}

export async function decisionRecord(doc: ServiceDoc, decidedOn: string): Promise<DecisionRecord> {
  const content = canonicalDecision(doc, decidedOn, DS_C14N_V2);
  return { format: FORMAT, c14n: DS_C14N_V2, decidedOn, content, fingerprint: await sha256Hex(content) };
}

/** A record read from a file: untrusted, so its shape is checked. */
export function parseDecisionRecord(raw: unknown): DecisionRecord | null {
  if (!isObj(raw)) return null;
  const { format, c14n, decidedOn, content, fingerprint } = raw;
  if (format !== FORMAT || (c14n !== DS_C14N_V1 && c14n !== DS_C14N_V2)) return null;
  if (typeof decidedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn) || typeof content !== 'string') return null;
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  return { format, c14n, decidedOn, content, fingerprint };
}

/**
 * The document as it travelled against the record beside it: valid when the record's text hashes to its
 * fingerprint and the document says what the record attests. No record: nothing was decided.
 */
export async function checkDecision(raw: unknown, rawRecord: unknown): Promise<SignatureCheck> {
  if (rawRecord === null || rawRecord === undefined) return { signed: false, valid: null, fingerprint: null };
  const record = parseDecisionRecord(rawRecord);
  if (record === null) return { signed: true, valid: false, fingerprint: null };
  const parsed = parseDocument(raw);
  const intact = (await sha256Hex(record.content)) === record.fingerprint;
  const same = parsed.ok && canonicalDecision(parsed.doc, record.decidedOn, record.c14n) === record.content;
  return { signed: true, valid: intact && same, fingerprint: await sha256Hex(record.content) };
}
