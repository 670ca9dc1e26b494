// The kind that keeps the assessments store (the camera kind: its store and the signed versions predate kinds),
// as storage sees it. Storage names no kind: main.tsx provides this, as it provides the summarizer, and storage
// calls exactly these functions. The types come from the kind's declared StoreKindTypes (kind.ts).
import type { StoreDoc, StoreKindTypes, StorePolicy, StoreSummary, Text } from './kind';

/** Why a file could not be read, or a note on how it was read: where (a dotted path, '' the whole) and what. */
export interface StoreProblem {
  path: string;
  message: Text;
}

/** Untrusted JSON read by the store's kind: the value (migrated, defaults filled), or every problem found. */
export type StoreRestored<T> =
  | { ok: true; value: T; migratedFrom: number | null; notes: StoreProblem[] }
  | { ok: false; problems: StoreProblem[] };

/** What was signed, kept beside a signed version and never recomputed: the kind's own record. */
export type StoreSignedRecord = StoreKindTypes['signed'];
/** Who the organisation is, beside its policy (the settings' organisation). */
export type StoreProfile = StoreKindTypes['profile'];

export interface StoreKind {
  /** The schema version this app writes; a backup of a newer one is refused. */
  schemaVersion: number;
  /** A stored or imported document: never throws, every problem said in Swedish and English. */
  restore(raw: unknown): StoreRestored<StoreDoc>;
  restorePolicy(raw: unknown): StoreRestored<StorePolicy>;
  /** The policy a device without one of its own judges by. */
  defaultPolicy: StorePolicy;
  /** A stored or imported profile, checked; null when it is not one. */
  profileFrom(raw: unknown): StoreProfile | null;

  /** The name a document goes by in backup file names, import plans and problems ('' when it has none yet). */
  title(doc: StoreDoc): string;
  /** The document's canonical text, as a signature hashes it (volatile fields left out). */
  canonical(doc: StoreDoc): string;
  /** The record made at signing, from the document as it is signed. */
  createSignedRecord(doc: StoreDoc): Promise<StoreSignedRecord>;
  /** A record read from a file or the database (untrusted); null when it is not one. */
  parseSignedRecord(raw: unknown): StoreSignedRecord | null;
  /** The record's text hashes to its fingerprint, in a version this app can read. */
  recordIntact(record: StoreSignedRecord): Promise<boolean>;
  /** The document says what the record signed (both restored alike). */
  documentMatchesRecord(doc: StoreDoc, record: StoreSignedRecord): boolean;
  /** The record of a signed file made before records existed, by the frozen form of its own version; else null. */
  recordFromRawDocument(raw: unknown): Promise<StoreSignedRecord | null>;

  /** The images a document refers to, by the hash their bytes are stored under. */
  imageRefs(doc: StoreDoc): string[];
  /** The same, read from a raw row of any version (never throws): before an image is deleted. */
  imageRefsIn(raw: unknown): string[];
  /**
   * The list entry of a stored row the kind could not restore or summarize, read leniently from the raw row
   * (untrusted: anything odd reads as empty); `row` is what the row itself kept of the last good summary.
   */
  summaryOfRaw(raw: unknown, row?: { outcome?: unknown; nextReviewDate?: unknown }): StoreSummary;
}
