// What was signed, kept beside the document and never recomputed from it. A signature must survive every
// later schema version: the record holds the exact text that was hashed, so no migration, default or
// new field can change what the fingerprint attests.
import type { Assessment } from './types';
import { ASSESSMENT_FORMAT, SCHEMA_VERSION } from './types';
import { canonicalJson } from './canonical';
import { restore } from './restore';
import { sha256Hex } from '../../../engine/sha256';

export { sha256Hex };

/** Sorted keys, no whitespace, the volatile fields of schema version 1 removed. */
export const C14N_V1 = 'kb-c14n-1' as const;

export interface SignedRecord {
  format: string;
  /** The schema version of `content`, not of the app that reads it later. */
  schemaVersion: number;
  c14n: typeof C14N_V1;
  /** Exactly the text that was hashed. */
  content: string;
  /** SHA-256 of `content`, 64 lower-case hex digits; equals the document's signoff.fingerprint. */
  fingerprint: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
};

/**
 * The canonical text of a schema-version-1 document exactly as the app hashed it at signing, computed on
 * the raw JSON before any restore or migration. Frozen: a copy of canonicalJson as it was for v1, never
 * edited, so every v1 signature can be checked by every later app.
 */
export function canonicalV1(raw: Record<string, unknown>): string {
  const { updatedAt: _u, revision: _r, step: _s, laterDecision: _l, endedOn: _e, signoff, ...rest } = raw;
  const content: Record<string, unknown> = { ...rest };
  if (Array.isArray(rest.cameras)) content.cameras = rest.cameras.map((c) => (isObject(c) ? (({ endedOn: _c, ...camera }) => camera)(c) : c));
  if (isObject(signoff)) {
    const { fingerprint: _f, ...signed } = signoff;
    content.signoff = signed;
  } else content.signoff = null;
  return JSON.stringify(sortKeys(content as Json));
}

/** The frozen canonical form of each schema version; a new version adds a line, never edits one. */
const FROZEN: Readonly<Record<number, { c14n: typeof C14N_V1; canonical: (raw: Record<string, unknown>) => string }>> = {
  1: { c14n: C14N_V1, canonical: canonicalV1 },
};

/** Made at signing, from the document as it is signed (its signoff filled, the fingerprint not yet). */
export async function createSignedRecord(a: Assessment): Promise<SignedRecord> {
  const content = canonicalJson(a);
  return { format: a.format, schemaVersion: a.schemaVersion, c14n: C14N_V1, content, fingerprint: await sha256Hex(content) };
}

/**
 * A record for a signed document that travelled without one (every file made before records existed):
 * hashed with the frozen canonical form of the file's own schema version, before any migration.
 * Null when the document is not signed or its version has no frozen form.
 */
export async function recordFromRawDocument(raw: unknown): Promise<SignedRecord | null> {
  if (!isObject(raw) || raw.format !== ASSESSMENT_FORMAT || !isObject(raw.signoff)) return null;
  const version = raw.schemaVersion;
  const frozen = typeof version === 'number' ? FROZEN[version] : undefined;
  if (!frozen || typeof version !== 'number') return null;
  const content = frozen.canonical(raw);
  return { format: ASSESSMENT_FORMAT, schemaVersion: version, c14n: frozen.c14n, content, fingerprint: await sha256Hex(content) };
}

/** A record read from a file or the database: untrusted, so its shape is checked. */
export function parseSignedRecord(raw: unknown): SignedRecord | null {
  if (!isObject(raw)) return null;
  const { format, schemaVersion, c14n, content, fingerprint } = raw;
  if (typeof format !== 'string' || typeof content !== 'string' || typeof fingerprint !== 'string') return null;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || c14n !== C14N_V1) return null;
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  return { format, schemaVersion, c14n, content, fingerprint };
}

/** The record's own content hashes to its fingerprint, and its version is one this app can read. */
export async function recordIntact(r: SignedRecord): Promise<boolean> {
  return r.schemaVersion <= SCHEMA_VERSION && FROZEN[r.schemaVersion] !== undefined && (await sha256Hex(r.content)) === r.fingerprint;
}

/** The signed content, restored (migrated) to the current schema; null if it no longer reads. */
export function signedDocumentOf(r: SignedRecord): Assessment | null {
  try {
    const restored = restore(JSON.parse(r.content) as unknown);
    return restored.ok ? restored.value : null;
  } catch {
    return null;
  }
}

/**
 * Whether a document in hand says what the record signed: both are restored alike, so a schema bump on
 * either side changes nothing. Only the volatile fields (bookkeeping, register events) may differ.
 */
export function documentMatchesRecord(a: Assessment, r: SignedRecord): boolean {
  if (a.signoff === null || a.signoff.fingerprint !== r.fingerprint) return false;
  const signed = signedDocumentOf(r);
  return signed !== null && canonicalJson(signed) === canonicalJson(a);
}
