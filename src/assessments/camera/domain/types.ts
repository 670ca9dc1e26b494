// The camera kind's types. The assessment document's own are inferred from its schema (schema.ts) and named
// here with the words of its closed lists (vocabulary.ts); what the rules make of a document (its evaluation)
// and the organisation's policy are declared below.
import type { IsoDate, IsoDateTime } from '../../../engine/dates';
import type { Lang, Severity, Text } from '../../../engine/kind';
import type { FindingView, MissingView, Source } from '../../../engine/findings';
import type { Camera, DataHandling, Decision, School, Signoff } from './schema';
import type { StepId } from './vocabulary';
export * from './vocabulary';
export type {
  AccessRole,
  AnnualReview,
  Assessment,
  Balancing,
  Camera,
  CameraChanges,
  CameraDecision,
  CameraHours,
  CameraView,
  Consultation,
  DataHandling,
  Decision,
  EarlierBasis,
  Incident,
  InformedStatus,
  LaterDecision,
  Measure,
  Measures,
  NonPublicAreaAnswers,
  Person,
  Problem,
  PublicAreaAnswers,
  School,
  Signoff,
  TimeWindow,
  YesNo,
} from './schema';
export type { Lang, Text };
export type { IsoDate, IsoDateTime };

/** 'HH:MM' (24 h) or '' when not answered. */
export type ClockTime = string;
export type YesNoUnsure = Camera['publicAccess'];
export type OwnerType = School['ownerType'];
export type HoursPreset = Camera['hours']['preset'];
export type Subject = Camera['subjects'][number];
export type ViewingMode = Camera['mode'];
export type LegalBasis = DataHandling['legalBasis'];
export type CameraVerdict = Decision['cameraDecisions'][number]['verdict'];
/** What a signature attests depends on the outcome. */
export type SignoffKind = Signoff['kind'];

/** The engine's one scale of how much a finding weighs. */
export type { Severity };

/** A citation people can look up (the engine's, so the shared wizard parts read it without the kind). */
export type { Source };

export type Outcome =
  | 'blocked'
  | 'incomplete'
  | 'try-other-measures'
  | 'central-review'
  | 'escalate'
  | 'principal-decides';

/** The legal regime in force on the decision date. */
export type Regime = 'permit-era' | 'documented-balancing';

/**
 * A finding of the rulebook: what every kind's finding shows (key: rule id, or rule id + ':' + camera id; field:
 * the dotted path that fixes it, e.g. 'cameras.2.sound'), on one of the camera's steps, and the camera it is about.
 */
export interface Finding extends FindingView {
  step: StepId;
  cameraId?: string;
}

/** A required answer that is missing. */
export interface Missing extends MissingView {
  step: StepId;
  /** The rule that requires this answer, when a rule of the rulebook does (e.g. 'KB-H07-signage'). */
  ruleId?: string;
}

export interface Evaluation {
  outcome: Outcome;
  regime: Regime;
  findings: Finding[];
  missing: Missing[];
  legalBasis: LegalBasis;
  dpiaIndicated: boolean;
  nextReviewDate: IsoDate;
  /** Per camera (not ended): what the rules allow for it alone. */
  cameraOutcomes: { cameraId: string; outcome: Outcome }[];
  /** Whether sign-off is possible, and what would be signed. */
  signoffKind: SignoffKind | null;
  /** A plain-language explanation of the outcome, ready for the review and the PDF. */
  explanation: Text;
}

export type { Policy } from './policy-schema';
