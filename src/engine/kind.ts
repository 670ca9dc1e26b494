// The contract every assessment kind fulfils. The engine, the batch checker and the contract tests see a
// kind only through it, so a new kind is a folder under src/assessments plus one line in the registry.
import type * as v from 'valibot';
import type { IsoDate, IsoDateTime } from './dates';
import type { ReviewStatus } from './days';

export type Lang = 'sv' | 'en';
export type Text = Record<Lang, string>;

/** What every assessment file carries, whatever its kind: `format` dispatches to the kind. */
export interface BaseDoc {
  format: string;
  schemaVersion: number;
  id: string;
}

/** A failed restore says what is wrong and, when the kind knows it, where in the file (a field path). */
export type Restored<D> = { ok: true; doc: D } | { ok: false; message: Text; where?: string };

/**
 * How much a finding weighs, the same scale for every kind: `block` stops the decision, `escalate` sends it to
 * the administration or the school owner, `warn` and `info` are shown to the one who decides.
 */
export type Severity = 'block' | 'escalate' | 'warn' | 'info';

/** A rule as documents, checkers and tests see it; its test stays inside the kind. */
export interface KindRule {
  id: string;
  severity: Severity;
  /** A citation people can look up, e.g. "GDPR art. 35" with its address. */
  source: string;
  url: string;
  /** 'YYYY-MM-DD' the source was last checked. */
  checked: IsoDate;
  /** Dotted path template of the answer that fixes it, e.g. 'contract.dpa'. */
  field: string;
  /** The rule could not be verified against its source: shown as guidance, never as law. */
  unverified: boolean;
}

/** The part of a kind's evaluation that is the same for every kind. */
export interface KindEvaluation {
  outcome: string;
  findings: readonly { ruleId: string; severity: Severity }[];
  /** Dotted paths of the required answers not given yet. */
  missing: readonly string[];
}

/** Why a signed document does not verify, when its kind can tell (the verify page words each one). */
export type SignatureProblem =
  /** The signed data cannot be read as what was signed (no record could be made of it). */
  | 'unreadable'
  /** The record beside the document is not a record. */
  | 'record-unreadable'
  /** The record's text no longer hashes to its fingerprint. */
  | 'record-broken'
  /** The document claims another fingerprint than its record's. */
  | 'fingerprint-differs'
  /** The document no longer says what the record attests. */
  | 'record-differs';

/** A signature checked against what was signed; `valid` is null when nothing was signed. */
export interface SignatureCheck {
  signed: boolean;
  valid: boolean | null;
  fingerprint: string | null;
  /** Why it is not valid, when the kind can tell; without it a verifier says the record differs. */
  problem?: SignatureProblem;
  /** The fingerprint the document itself claims, when it is not valid and the kind reads one. */
  claimed?: string;
  /** The record travelled beside the document, or was made from a file signed before records existed. */
  record?: 'embedded' | 'derived';
}

/** Who decided and the day the signed record gives, as a verifier shows them. */
export interface DecisionFacts {
  /** Name and title as the document gives them; '' when nobody is named. */
  by: string;
  /** 'YYYY-MM-DD' from the record beside the document; null when none travelled with it or it is unreadable. */
  on: string | null;
}

/** Which version of which assessment was signed, by whom and when, as a verifier shows them. */
export interface VersionFacts {
  id: string;
  /** The school: what the document is named by; '' when unnamed. */
  title: string;
  version: number;
  /** Null for a draft. */
  signed: {
    /** Name and title; '' when nobody is named. */
    by: string;
    /** ISO date-time of the signature, '' when the file has none. */
    at: string;
    /** 'YYYY-MM-DD' the document gives as the day of signing. */
    date: string;
  } | null;
}

/** What a verifier shows of a document: a recorded decision (shown with its outcome) or a signed version. */
export type VerifiedFacts = { decision: DecisionFacts } | { version: VersionFacts };

/** One stored document of a kind kept in the documents store, as storage hands it back (unchecked). */
export interface StoredDocument {
  doc: unknown;
  /** 'YYYY-MM-DD' a decision was recorded on, or null while it is a draft. */
  decidedOn: IsoDate | null;
}

/** A decision whose yearly look (review, re-validation) is due within 30 days or overdue. */
export interface DueEntry {
  id: string;
  /** What the list names it by; '' when unnamed. */
  title: string;
  status: Exclude<ReviewStatus, 'not-due'>;
  /** 'YYYY-MM-DD' the look is due. */
  date: IsoDate;
}

/** How home points to a kind's documents without knowing the kind. */
export interface KindHome {
  /** The heading of the kind's part of home, e.g. "Digitala tjänster". */
  title: Text;
  /** "2 valideringar av digitala tjänster": `count` documents in words. */
  count(count: number, lang: Lang): string;
  /** The address of the kind's own list, e.g. '#/tjanster', and the link's text. */
  list: { href: string; text: Text };
  /** A document's own page, e.g. its review, for the due notice. */
  open(id: string): string;
  /** The due notice's heading for `count` items, its sentence and the label before each date. */
  due: { title(count: number, lang: Lang): string; body: Text; dateLabel: Text };
  /** What is due, most urgent first, judged on `today` from the stored documents. */
  dueOf(records: readonly StoredDocument[], today: IsoDate): DueEntry[];
}

/** How a PDF was made (its kb:render), so its pages can be made again for a verifier to compare. */
export interface PageRender {
  lang: Lang;
  /** When the PDF was made: dates printed on its pages. */
  now: Date;
  /** The day the decision was recorded, from the signed record; null for a draft or a kind that signs otherwise. */
  decidedOn: IsoDate | null;
  /** The school (enhet) the PDF named, '' when none. */
  unit: string;
  /** The kb:render as the PDF carries it (unchecked): a kind reads its own options from it. Null in older PDFs. */
  render: Readonly<Record<string, unknown>> | null;
  /** Where the fonts come from (the browser's by default; Node tests read them from disk). */
  fonts?: { loadFont(name: 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf'): Promise<Uint8Array> };
}

/**
 * The pages made again, or why they are not: a PDF may print an earlier signed version beside this one, and
 * when that version is itself altered the PDF is (whatever its pages say).
 */
export type PagesAgain = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'previous-broken' };

/** A kind's PDF code as the shell and the verifier reach it; the module brings jsPDF with it. */
export interface KindPdf<D extends BaseDoc = BaseDoc> {
  /** The kind's PDF made again from a document, for "Verifiera dokument" to compare the text a reader sees with what was signed. */
  pages(doc: D, render: PageRender): Promise<PagesAgain>;
}

export interface AssessmentKind<D extends BaseDoc = BaseDoc> {
  /** Folder name and message namespace: 'camera', 'digital-service'. */
  id: string;
  /** The `format` field of this kind's files; never changes once files exist. */
  format: string;
  schemaVersion: number;
  /** What the kind is called, for the choice of a new assessment and the checker. */
  name: Text;
  /** Untrusted JSON in, a document of this kind (migrated, defaults filled) out; never throws. */
  restore(raw: unknown): Restored<D>;
  empty(id: string, now: Date): D;
  /** With the one clock of the caller: a kind never reads the time itself. `policy` is the file's, if any. */
  evaluate(doc: D, today: IsoDate, policy?: unknown): KindEvaluation;
  /** The school or the service: what a list or a checker names the document by. */
  title(doc: D): string;
  /** The version of a signed chain, or null for a kind without versions. */
  version(doc: D): number | null;
  /** Every outcome evaluate can give, in precedence order. */
  outcomes: readonly string[];
  outcomeName(outcome: string, lang: Lang): string;
  rules: readonly KindRule[];
  /** The signature of a document as it travelled (with the signed record beside it, if any). */
  signature(raw: unknown, rawRecord: unknown): Promise<SignatureCheck>;
  /**
   * What the app's verify page shows of a document as it travelled, read from what was signed where the record
   * beside it (if any) says more than the document.
   */
  facts(doc: D, rawRecord: unknown): VerifiedFacts;
  /**
   * The kind's PDF code, fetched once on first use (call early to warm it, await when a PDF is made or
   * verified). Optional: a kind without it has its pages left uncompared.
   */
  pdf?: () => Promise<KindPdf<D>>;
  /**
   * What lists and registers store for a document of the documents store (the kind's own shape), judged on
   * `today`: a save and an import store the same. Absent for a kind with its own store (camera).
   */
  summarize?(doc: D, decidedOn: IsoDate | null, today: IsoDate): unknown;
  /** Home's part for a kind kept in the documents store: a count, a link to its list, what is due. */
  home?: KindHome;
  /** The message catalogue, one language at a time. */
  messages: Readonly<Record<Lang, () => Promise<Readonly<Record<string, string>>>>>;
  /** The file schema, for docs/<kind>.schema.json. */
  schema: v.GenericSchema;
}

/**
 * The types of the kind whose documents live in the assessments store, with signed versions and the summary
 * store behind home's list and the register (the camera kind). That kind names them by augmenting this
 * interface from its own folder (`declare module '.../engine/kind'`, camera/summary-parts.ts), so storage and
 * the shell carry its outcome, list parts and register copy exactly while naming no kind.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging, as above
export interface StoreKindTypes {}

// Indexed directly: a program without a kind declaring these does not compile, rather than type them `never`.
type StoreKind<K extends keyof StoreKindTypes> = StoreKindTypes[K];
/** A document of the assessments store, as its kind restores it. */
export type StoreDoc = StoreKind<'doc'>;
/** The policy that kind's documents are judged by. */
export type StorePolicy = StoreKind<'policy'>;

export type StoreStatus = 'draft' | 'signed' | 'ended';

/**
 * What the store's kind summarize() returns for one document: evaluated once, when the document is saved, with
 * the app's clock. Nothing in it depends on the day the list is read; `overFrom` and `nextReviewDate` let the
 * reader judge that on its own `today`.
 */
export interface StoreSummary {
  id: string;
  version: number;
  revision: number;
  status: StoreStatus;
  /** Outcome as evaluated at the last save; null if evaluation failed (the save still succeeds). */
  outcome: StoreKind<'outcome'> | null;
  schoolName: string;
  /** The kind's parts in brief, for the list (the stored name predates kinds; summaries on devices carry it). */
  areaSummary: StoreKind<'parts'>;
  updatedAt: IsoDateTime;
  nextReviewDate: IsoDate;
  signedAt: IsoDateTime | null;
  /** Signed (a signoff is stored): only these can be due for review or over. */
  signed: boolean;
  /** The signed version this one continues, or null. */
  previousVersionId: string | null;
  /** What the signature attests; null for a draft. */
  signoffKind: StoreKind<'signoffKind'> | null;
  /** The administration's or school owner's decision on a case sent to them. */
  laterDecision: StoreKind<'laterDecision'> | null;
  /** When the whole surveillance ends or ended ('' while it goes on). */
  endedOn: IsoDate;
  /** A draft started as an annual review: the version it re-examines; otherwise null. */
  reviewOfVersion: number | null;
  /** No surveillance goes on from this day on ('' never by date; '0000-01-01' when rejected). Judged at read time. */
  overFrom: IsoDate;
  /**
   * What the register needs of this document (the kind's own shape; storage never reads it): the document
   * pruned to the fields the register reads. null when the document could not be read.
   */
  register: StoreKind<'register'> | null;
}

/** A document is of this kind when its `format` says so; nothing else is trusted before restore. */
export const formatOf = (raw: unknown): string | undefined => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const format: unknown = (raw as { format?: unknown }).format;
  return typeof format === 'string' ? format : undefined;
};
