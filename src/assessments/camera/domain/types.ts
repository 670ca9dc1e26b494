// The assessment document, schema version 1. This is the persisted, exported and archived format:
// change it only with a new schema version and a migration in restore().

export const ASSESSMENT_FORMAT = 'kamerabedomning/assessment' as const;
export const SCHEMA_VERSION = 1 as const;

/** 'YYYY-MM-DD' or '' when not answered. */
import type { IsoDate, IsoDateTime } from '../../../engine/dates';
import type { Lang, Severity, Text } from '../../../engine/kind';
import type { FindingView, MissingView, Source } from '../../../engine/findings';
export type { Lang, Text };
export type { IsoDate, IsoDateTime };
/** 'HH:MM' (24 h) or '' when not answered. */
export type ClockTime = string;
/** '' means the question has not been answered yet. */
export type YesNo = 'yes' | 'no' | '';
export type YesNoUnsure = 'yes' | 'no' | 'unsure' | '';

export const STEP_IDS = [
  'school',
  'problem',
  'measures',
  'cameras',
  'balancing',
  'data',
  'consultation',
  'review',
  'decision',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Person {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export type OwnerType = 'municipal' | 'independent' | '';

export interface School {
  ownerType: OwnerType;
  /** Huvudman, e.g. "Utbildningsnämnden i Exempelstad" or the company. */
  ownerName: string;
  schoolName: string;
  /** Skolenhetskod, 8 digits, where known. */
  unitCode: string;
  /** Youngest pupils' age in years; children's age weighs in the balancing and the information texts. */
  youngestPupilAge: number | null;
  /** The school's ordinary day; recording inside it is "during school hours". */
  schoolDay: { from: ClockTime; to: ClockTime };
  principal: Person;
  /** The person the school designated for camera rules (kameraansvarig). */
  cameraPerson: Person;
  /** Dataskyddsombud. */
  dpo: Person;
  decisionDate: IsoDate;
  plannedStart: IsoDate;
  /**
   * Added 2026-12: present only when the review started from cameras already filming. An older file lacks it,
   * so it restores and evaluates exactly as before. Since 2025-04-01 an old IMY permit is evidence, not a basis.
   */
  earlierBasis?: EarlierBasis;
}

export const EARLIER_BASIS_KINDS = ['imyPermit', 'earlierDecision', 'none'] as const;
export type EarlierBasisKind = (typeof EARLIER_BASIS_KINDS)[number];

/** What the cameras already filming rested on: an IMY permit or an earlier decision, with its reference. */
export interface EarlierBasis {
  kind: EarlierBasisKind | '';
  /** IMY's diarienummer or the earlier decision's reference. */
  reference: string;
  date: IsoDate;
}

export const INCIDENT_TYPES = [
  'vandalism',
  'graffiti',
  'breakin',
  'arson',
  'theft',
  'threat',
  'violence',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export interface Incident {
  id: string;
  date: IsoDate;
  time: ClockTime;
  place: string;
  type: IncidentType | '';
  description: string;
  policeReportNumber: string;
  /** Cost in SEK, null when unknown. */
  costSek: number | null;
}

export interface Problem {
  /** Which problem, in the principal's words. */
  description: string;
  /** A specific purpose; "trygghet" alone is too vague. */
  purpose: string;
  incidents: Incident[];
  /** Why surveillance is needed even though few incidents are documented. */
  needReasoning: string;
}

export const MEASURE_KINDS = [
  'adultPresence',
  'lighting',
  'vegetation',
  'locksAlarm',
  'fencing',
  'guards',
  'antiGraffiti',
  'rules',
  'policeCooperation',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface Measure {
  id: string;
  kind: MeasureKind | '';
  description: string;
  tried: YesNo;
  /** When it was tried (tried = yes). */
  when: IsoDate;
  result: string;
  whyInsufficient: string;
  /** Why it cannot be tried (tried = no). */
  whyNotPossible: string;
}

export interface Measures {
  items: Measure[];
  /** When no measure at all can be tried: why. */
  noneReason: string;
}

export const AREA_KINDS = [
  'facade',
  'schoolyard',
  'entrance',
  'principalOfficeWay',
  'parking',
  'classroom',
  'corridor',
  'stairwell',
  'lockers',
  'staffRoom',
  'commonRoom',
  'dining',
  'roof',
  'toilet',
  'shower',
  'changingRoom',
  'other',
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const; // ISO: 1 = Monday … 7 = Sunday
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A weekly window. `to` earlier than `from` runs past midnight into the next day only when `overMidnight`
 * says so (KB-H16); 00:00–00:00 is the whole day. Files made before the flag existed lack it, and their
 * windows keep the meaning they were signed with (past midnight whenever `to` is earlier than `from`).
 */
export interface TimeWindow {
  days: Weekday[];
  from: ClockTime;
  to: ClockTime;
  /** Added 2026-12: the window explicitly runs past midnight. Absent in older files. */
  overMidnight?: boolean;
}

export type HoursPreset = 'outsideSchoolHours' | 'facadePractice' | 'always' | 'custom' | '';

export interface CameraHours {
  preset: HoursPreset;
  /** The windows in force; presets fill them, custom edits them. */
  windows: TimeWindow[];
  /** Whether weekend hours also apply on public holidays and school holidays. */
  holidaysAsWeekend: boolean;
}

export type Subject = 'pupils' | 'staff' | 'visitors' | 'public';

/** What an area of kind 'other' is used for (KB-H11); every answer but 'none' maps it to a kind the rules know. */
export const OTHER_AREA_USES = ['toilet', 'washing', 'undressing', 'resting', 'staffBreak', 'none'] as const;
export type OtherAreaUse = (typeof OTHER_AREA_USES)[number];

/** Video analytics the camera system runs (KB-H03, KB-H12, KB-H13, KB-S31). */
export const ANALYTICS_KINDS = [
  'none',
  'faceRecognition',
  'emotion',
  'biometricCategorisation',
  'behaviour',
  'objectDetection',
  'peopleCounting',
  'other',
] as const;
export type AnalyticsKind = (typeof ANALYTICS_KINDS)[number];

/**
 * What the picture covers, as parts of the site (KB-H06): the rule decides on these, never on the words of the
 * field-of-view description. 'rooms': rooms indoors, and 'other' (a roof, a loading bay), named in the description.
 */
export const VIEW_AREAS = ['facade', 'groundNear', 'entrances', 'windows', 'schoolyard', 'neighbouringPlots', 'street', 'rooms', 'other'] as const;
export type ViewArea = (typeof VIEW_AREAS)[number];

/** Who is in the picture outside school hours (IMY checklist). 'staffWorking': cleaners, caretakers. */
export const OFF_HOURS_PRESENCE = ['intruders', 'staffWorking', 'eveningActivities', 'nobody'] as const;
export type OffHoursPresence = (typeof OFF_HOURS_PRESENCE)[number];
export type ViewingMode = 'recording' | 'live' | 'both' | '';

/** Questions that only apply when the camera films a place the public has access to. */
export interface PublicAreaAnswers {
  /** Who else is there besides pupils and staff (neighbours, sports clubs, passers-by). */
  othersPresent: string;
  /** When they are there. */
  othersWhen: string;
}

/** Questions that only apply to a place the public does not have access to. */
export interface NonPublicAreaAnswers {
  /** The local proportionality assessment for this spot. */
  proportionality: string;
  /** When the reasons for this camera are re-examined (annual review), if planned. */
  annualReviewPlanned: YesNo;
}

export interface Camera {
  id: string;
  name: string;
  /** Where it hangs, e.g. "Södra fasaden vid idrottshallen". Exact placement may be secret (OSL 18:8). */
  location: string;
  placement: 'indoor' | 'outdoor' | '';
  areaKind: AreaKind | '';
  publicAccess: YesNoUnsure;
  publicAccessReasoning: string;
  /** Upptagningsområde: what the picture covers. */
  fieldOfView: string;
  /** Facade cameras: whether the picture is limited to the facade plus 2 metres. */
  limitedToFacadePlus2m: YesNo;
  /** Whether the documented incidents happened inside this camera's field of view. */
  coversIncidentSpots: YesNo;
  mount: 'fixed' | 'movable' | '';
  zoom: YesNo;
  masking: YesNo;
  maskingDescription: string;
  hours: CameraHours;
  mode: ViewingMode;
  /** Live viewing: who watches and where the monitor is. */
  liveViewers: string;
  monitorLocation: string;
  sound: YesNo;
  biometrics: YesNo;
  subjects: Subject[];
  publicArea: PublicAreaAnswers;
  nonPublicArea: NonPublicAreaAnswers;
  /**
   * The day surveillance by this camera ends or ended. It silences the rules only once it has passed, and
   * may be set only on a camera carried over from an earlier signed version (KB-H18).
   */
  endedOn: IsoDate;
  // Questions added 2026-12 (IMY checklist, AI Act). A new camera has them (unanswered, required); a camera
  // from an older file lacks them, so it restores and evaluates exactly as before and is never made
  // incomplete by a question it was never asked.
  /** Area kind 'other': what the space is used for (KB-H11). */
  otherAreaUse?: OtherAreaUse | '';
  /** Video analytics in use; empty means not answered. */
  analytics?: AnalyticsKind[];
  /** Movable camera or zoom: the limits (presets, masked zones) that keep its view where the reasons are (KB-S28). */
  movableLimits?: string;
  /** Live viewing: whether people other than the viewers can see the monitor (KB-S29). */
  monitorSeenByOthers?: YesNo;
  /** Who is in the picture outside school hours. */
  offHoursPresence?: OffHoursPresence[];
  /** The parts of the site in the picture; empty means not answered (KB-H06). */
  inView?: ViewArea[];
  /** Set by nextVersion on every camera copied from a signed version: only such a camera may get an end date. */
  carriedOver?: boolean;
  /** Added 2026-12: entered in a review of cameras already filming, so not a new camera (KB-H14). */
  alreadyInUse?: boolean;
  /**
   * Added 2026-12: a drawing or photo with the field of view marked. Absent on a camera without one, so an
   * older camera keeps its canonical form and fingerprint. The text alternative is `fieldOfView`.
   */
  view?: CameraView;
}

/** A corner of the marked field of view, as fractions (0..1) of the image's width and height. */
export type ViewPoint = [x: number, y: number];

/**
 * The image is stored apart (IndexedDB store `attachments`), named by the SHA-256 of its bytes, so the
 * signed content covers the image through its hash. '' when the image was removed.
 */
export interface CameraView {
  attachment: string;
  polygon: ViewPoint[];
}

export interface Balancing {
  /** The school's interest: how serious, how frequent, how documented. */
  interest: string;
  /** The intrusion: who is filmed, children's age, hours, area. */
  intrusion: string;
  mitigations: string;
  /** The principal's own reasoning why the interest outweighs the intrusion (or not). */
  reasoning: string;
}

export type LegalBasis = '6.1e' | '6.1f' | '6.1c' | 'consent' | '';

export interface AccessRole {
  id: string;
  role: string;
  /** What the role may do: watch live, view recordings, export clips. */
  rights: string;
}

export interface DataHandling {
  legalBasis: LegalBasis;
  /** Independent schools: whether the DPO has confirmed the legal basis. */
  legalBasisConfirmedByDpo: YesNo;
  retentionHours: number | null;
  autoDelete: YesNo;
  /** How a clip is secured after an incident, and for how long. */
  incidentClipRoutine: string;
  accessRoles: AccessRole[];
  accessLog: YesNo;
  policeDisclosure: string;
  processorUsed: YesNo;
  processorName: string;
  processorAgreement: YesNo;
  storage: 'local' | 'cloud' | '';
  storageInEuEea: YesNo;
  /** Outside the EU/EEA: adequacy decision or standard clauses with a transfer assessment. */
  transferBasis: string;
  /**
   * Whether drawings of camera placement are in a document shared widely (OSL 18 kap. 8 §).
   * Added after the first draft of v1: a file may lack it, and restore() fills it with '' (unanswered).
   */
  placementDrawingsShared: YesNo;
}

export type InformedStatus = 'yes' | 'planned' | 'no' | '';

export interface Consultation {
  /** MBL negotiation or local co-operation (samverkan) with the unions, before the decision. */
  unionForm: 'mbl' | 'samverkan' | '';
  unionDate: IsoDate;
  safetyRepresentativeConsulted: YesNo;
  pupilsInformed: InformedStatus;
  guardiansInformed: InformedStatus;
  staffInformed: InformedStatus;
  /** Whether the information to pupils is written so that children understand it. */
  informationForChildren: YesNo;
  signage: InformedStatus;
  signageDescription: string;
  /** Where the full Art 13 information is published (web page, letter). */
  art13Where: string;
  art13Text: string;
  /** DPIA (konsekvensbedömning): a reference, or a documented reason none is needed. */
  dpiaDone: YesNo;
  dpiaReference: string;
  dpiaNoneReason: string;
  dpoAdviceDate: IsoDate;
  dpoAdvice: string;
}

// (2026-12) Per-camera decisions. 'approve-changed' approves a camera on narrower terms (hours, masking,
// retention) than the answers describe; `changes` and `withoutComment` are optional without defaults, so an
// older file restores without them and every camera follows the overall decision as before.
export type CameraVerdict = 'approve' | 'approve-changed' | 'reject' | '';

/** What an 'approve-changed' verdict narrows; an empty or null entry keeps the camera's own answer. */
export interface CameraChanges {
  /** Narrower hours: a preset the decision-maker chose, its windows filled from the policy. */
  hours?: CameraHours;
  /** Masking required by the decision (what is to be masked). */
  masking?: string;
  /** A shorter retention for this camera, in hours. */
  retentionHours?: number | null;
}

export interface CameraDecision {
  cameraId: string;
  verdict: CameraVerdict;
  reason: string;
  changes?: CameraChanges;
}

export interface Decision {
  cameraDecisions: CameraDecision[];
  overallReason: string;
  nextReviewDate: IsoDate;
  /** Diarienummer, filled in by the registry. */
  registryNumber: string;
  /**
   * (2026-12) The warning keys the decision-maker chose to decide "utan kommentar" (without an answer).
   * Signing needs each open warning either answered (justifications) or listed here.
   */
  withoutComment?: string[];
}

/** What a signature attests depends on the outcome. */
export type SignoffKind = 'decision' | 'review-request' | 'referral';

export interface Signoff {
  kind: SignoffKind;
  name: string;
  title: string;
  place: string;
  date: IsoDate;
  attested: boolean;
  signature: { type: 'drawn'; image: string } | { type: 'typed'; typedName: string };
  signedAt: IsoDateTime;
  /** SHA-256 of the canonical JSON of the signed assessment, hex. */
  fingerprint: string;
}

/** The later decision of the administration or school owner on a case sent to them. */
export interface LaterDecision {
  by: 'administration' | 'owner';
  result: 'approved' | 'rejected';
  date: IsoDate;
  reference: string;
  decidedBy: string;
}

/** The annual review's own questions; the other changes are answered in the ordinary steps. */
export interface AnnualReview {
  /** The signed version this review re-examines. */
  reviewOf: { previousId: string; previousVersion: number; previousDecisionDate: IsoDate };
  /** Whether incidents happened since the last decision (they are then added to the incident log). */
  incidentsSince: YesNo;
  /** Per camera id carried over from the last version: whether the camera is still needed. */
  stillNeeded: Record<string, YesNo>;
  /** Whether the other measures now suffice without surveillance. */
  measuresNowSuffice: YesNo;
  /** What changed since the last decision, in the principal's words. */
  changesSummary: string;
}

export interface Assessment {
  format: typeof ASSESSMENT_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  /** Numbered version in a chain; 1 for the first. */
  version: number;
  /** The signed assessment this one continues (annual review or change), or null. */
  previousVersionId: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** Increments on every save; two tabs compare it to detect a conflict. */
  revision: number;
  /** The step the principal was on, so a draft reopens where it was left. */
  step: StepId;
  school: School;
  problem: Problem;
  measures: Measures;
  cameras: Camera[];
  balancing: Balancing;
  data: DataHandling;
  consultation: Consultation;
  decision: Decision;
  /** The principal's answer to a warning, keyed by finding key (rule id, or rule id + ':' + camera id). */
  justifications: Record<string, string>;
  signoff: Signoff | null;
  laterDecision: LaterDecision | null;
  /** Set when the whole surveillance has ended. */
  endedOn: IsoDate;
  /**
   * Present only on a version started as an annual review (startAnnualReview): the version it re-examines
   * and the principal's answers. Added after the first release of v1; optional, restore() keeps it when present.
   */
  annualReview?: AnnualReview;
  /** Fields this version of the app does not know, kept so a newer file survives a round trip. */
  extra?: Record<string, unknown>;
}

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

export interface Policy {
  policyVersion: 1;
  organisationName: string;
  /** Seed 000: surveillance of a public place goes to the administration for review first. */
  centralReviewOfPublicAreas: boolean;
  maxRetentionHours: number;
  reviewIntervalMonths: number;
  /** Established facade practice: weekdays 20–06, weekends and holidays 17–07. */
  facadeHours: {
    weekday: { from: ClockTime; to: ClockTime };
    weekend: { from: ClockTime; to: ClockTime };
  };
  dpoContact: Person;
  administrationContact: Person;
}
