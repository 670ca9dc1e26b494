// What a verification finds, whatever the kind of the document (a PDF's, a JSON file's, a backup's).
import type { SignatureProblem, Text, VersionFacts } from '../engine/kind';
import type { PdfDeps } from './fonts';
import type { TextDifference } from './page-diff';
import type { PdfjsLib } from './page-text';

export type VerifyStatus = 'match' | 'altered' | 'pages-not-compared' | 'not-signed' | 'unreadable';

export type AlteredReason = Exclude<SignatureProblem, 'unreadable'> | 'printed-fingerprint-differs' | 'previous-broken' | 'text-differs';

export type UnreadableReason = 'redacted-copy' | 'no-data' | 'not-an-assessment' | 'newer-version';

/** What a verifier shows of a recorded decision (a digital-service validation), in both languages where it has words. */
export interface KindDecision {
  kind: Text;
  /** The service, or whatever the kind names its documents by. */
  title: string;
  outcome: Text;
  by: string;
  /** 'YYYY-MM-DD' from the record; null when nothing was decided. */
  on: string | null;
}

/** Where a fingerprint is known: this device's signed versions, a file the user added, or typed from the diarium. */
export interface KnownSource {
  where: 'device' | 'file' | 'typed';
  /** The file's name, or the assessment and version the device holds. */
  detail: string;
}

export interface VerifyResult {
  status: VerifyStatus;
  source: 'pdf' | 'json' | 'backup' | 'unknown';
  reason?: AlteredReason | UnreadableReason;
  /** The signed fingerprint, recomputed from the signed text. */
  fingerprint?: string;
  /** The fingerprint the document says it was signed with, when it differs from the recomputed one. */
  signedFingerprint?: string;
  /** Whether the record travelled with the file or was derived from a file made before records existed. */
  record?: 'embedded' | 'derived';
  /** A signed version (or a draft): which one, who signed and when, as what was signed says. */
  assessment?: VersionFacts;
  /** A recorded decision: what the verify page shows of it. */
  decision?: KindDecision;
  /** For a PDF whose pages could be made again: where the text differs (empty when it reads the same). */
  differences?: TextDifference[];
  /** Where this fingerprint is known; empty when nowhere. */
  known: KnownSource[];
  /** A backup: one result per signed version in it. */
  entries?: VerifyResult[];
}

export interface VerifyDeps {
  /** Fonts for making the pages again (the browser's by default). */
  fonts?: PdfDeps;
  /** pdf.js (the browser's lazily loaded build by default; tests pass the legacy Node build). */
  pdfjs?: () => Promise<PdfjsLib>;
  /** Where a fingerprint is known; nowhere by default. */
  known?: (fingerprint: string) => Promise<KnownSource[]>;
}
