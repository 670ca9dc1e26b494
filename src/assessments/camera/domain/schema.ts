// The assessment document v1 as a valibot schema: restore() validates with it, the published JSON Schema
// (docs/assessment.schema.json) is generated from it and the document's types are inferred from it (at the end),
// so none of the three can drift from the others. This is the persisted, exported and archived format: change it
// only with a new schema version and a migration in restore().
// Every field but format, schemaVersion and id has a default: a missing field means "not answered".
import * as v from 'valibot';
import {
  ANALYTICS_KINDS,
  VIEW_AREAS,
  AREA_KINDS,
  EARLIER_BASIS_KINDS,
  ASSESSMENT_FORMAT,
  INCIDENT_TYPES,
  MEASURE_KINDS,
  OFF_HOURS_PRESENCE,
  OTHER_AREA_USES,
  SCHEMA_VERSION,
  STEP_IDS,
  WEEKDAYS,
  type ViewPoint,
} from './vocabulary';

/** Longest free text kept; a pasted novel is a mistake, not an answer. */
export const MAX_TEXT = 100_000;
/** A drawn signature is a PNG data URL. */
const MAX_IMAGE = 2_000_000;
const MAX_ITEMS = 5_000;

// Message codes, translated into plain Swedish and English by restore-messages.ts.
const DATE_RE = /^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/;
const TIME_RE = /^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/;
const DATETIME_RE = /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const text = (max = MAX_TEXT) => v.optional(v.pipe(v.string(), v.maxLength(max, 'tooLong')), '');
const date = () => v.optional(v.pipe(v.string(), v.regex(DATE_RE, 'date')), '');
const time = () => v.optional(v.pipe(v.string(), v.regex(TIME_RE, 'time')), '');
const dateTime = () => v.optional(v.pipe(v.string(), v.regex(DATETIME_RE, 'dateTime')), '');
const choice = <const T extends readonly string[]>(options: T) => v.optional(v.picklist([...options, ''] as const), '');
const yesNo = () => choice(['yes', 'no'] as const);
/** '' means the question has not been answered yet. */
export type YesNo = v.InferOutput<ReturnType<typeof yesNo>>;
const informed = () => choice(['yes', 'planned', 'no'] as const);
export type InformedStatus = v.InferOutput<ReturnType<typeof informed>>;
const itemId = () => v.pipe(v.string(), v.minLength(1, 'emptyId'), v.maxLength(200, 'tooLong'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.pipe(v.array(item), v.maxLength(MAX_ITEMS, 'tooMany')), () => []);
const amount = (max: number) =>
  v.optional(v.nullable(v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(max, 'tooBig'))), null);
/** Unknown keys inside a part of the document survive a round trip (looseObject). */
const part = <T extends v.ObjectEntries>(entries: T) =>
  v.optional(v.looseObject(entries), () => ({}) as v.InferInput<v.LooseObjectSchema<T, undefined>>);

const person = () => part({ name: text(500), title: text(500), email: text(500), phone: text(100) });

/**
 * A type without the index signature a loose object adds: the document's known fields, each typed. Unknown keys
 * still survive a round trip at run time (looseObject); code reads them only through `extra`. A record (a map
 * with no known keys, such as `justifications`) keeps its index signature.
 */
type Known<T> = T extends readonly unknown[]
  ? { [K in keyof T]: Known<T[K]> }
  : T extends object
    ? [keyof { [K in keyof T as string extends K ? never : K]: 0 }] extends [never]
      ? { [K in keyof T]: Known<T[K]> }
      : { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;

export const IncidentSchema = v.looseObject({
  id: itemId(),
  date: date(),
  time: time(),
  place: text(),
  type: choice(INCIDENT_TYPES),
  description: text(),
  policeReportNumber: text(200),
  /** Cost in SEK, null when unknown. */
  costSek: amount(1e12),
});

export const MeasureSchema = v.looseObject({
  id: itemId(),
  kind: choice(MEASURE_KINDS),
  description: text(),
  tried: yesNo(),
  /** When it was tried (tried = yes). */
  when: date(),
  result: text(),
  whyInsufficient: text(),
  /** Why it cannot be tried (tried = no). */
  whyNotPossible: text(),
});

/**
 * A weekly window. `to` earlier than `from` runs past midnight into the next day only when `overMidnight`
 * says so (KB-H16); 00:00–00:00 is the whole day. Files made before the flag existed lack it, and their
 * windows keep the meaning they were signed with (past midnight whenever `to` is earlier than `from`).
 */
export const TimeWindowSchema = v.looseObject({
  days: list(v.picklist(WEEKDAYS)),
  from: time(),
  to: time(),
  /** Added 2026-12: the window explicitly runs past midnight. Optional without a default: absent in older files. */
  overMidnight: v.optional(v.boolean()),
});

/** A marked field of view has a handful of corners; more is a mistake. */
export const MAX_VIEW_POINTS = 100;
const fraction = () => v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(1, 'tooBig'));
// A checked pair is a ViewPoint: the transform only names its type (it runs on valid input and returns it as is).
const point = () => v.pipe(v.array(fraction()), v.length(2, 'point'), v.transform((pair) => pair as ViewPoint));
/**
 * The image is stored apart (IndexedDB store `attachments`), named by the SHA-256 of its bytes, so the
 * signed content covers the image through its hash. '' when the image was removed.
 */
const CameraViewSchema = v.looseObject({
  attachment: v.optional(v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{64})?$/, 'fingerprint')), ''),
  polygon: v.optional(v.pipe(v.array(point()), v.maxLength(MAX_VIEW_POINTS, 'tooMany')), () => []),
});

export const CameraSchema = v.looseObject({
  id: itemId(),
  name: text(500),
  /** Where it hangs, e.g. "Södra fasaden vid idrottshallen". Exact placement may be secret (OSL 18:8). */
  location: text(),
  placement: choice(['indoor', 'outdoor'] as const),
  areaKind: choice(AREA_KINDS),
  publicAccess: choice(['yes', 'no', 'unsure'] as const),
  publicAccessReasoning: text(),
  /** Upptagningsområde: what the picture covers. */
  fieldOfView: text(),
  /** Facade cameras: whether the picture is limited to the facade plus 2 metres. */
  limitedToFacadePlus2m: yesNo(),
  /** Whether the documented incidents happened inside this camera's field of view. */
  coversIncidentSpots: yesNo(),
  mount: choice(['fixed', 'movable'] as const),
  zoom: yesNo(),
  masking: yesNo(),
  maskingDescription: text(),
  hours: part({
    preset: choice(['outsideSchoolHours', 'facadePractice', 'always', 'custom'] as const),
    /** The windows in force; presets fill them, custom edits them. */
    windows: list(TimeWindowSchema),
    /** Whether weekend hours also apply on public holidays and school holidays. */
    holidaysAsWeekend: v.optional(v.boolean(), true),
  }),
  mode: choice(['recording', 'live', 'both'] as const),
  /** Live viewing: who watches and where the monitor is. */
  liveViewers: text(),
  monitorLocation: text(),
  sound: yesNo(),
  biometrics: yesNo(),
  subjects: list(v.picklist(['pupils', 'staff', 'visitors', 'public'] as const)),
  /** Questions that only apply when the camera films a place the public has access to: who else is there besides
   * pupils and staff (neighbours, sports clubs, passers-by), and when. */
  publicArea: part({ othersPresent: text(), othersWhen: text() }),
  /** Questions that only apply to a place the public does not have access to: the local proportionality
   * assessment for this spot, and whether its reasons are re-examined in an annual review. */
  nonPublicArea: part({ proportionality: text(), annualReviewPlanned: yesNo() }),
  /**
   * The day surveillance by this camera ends or ended. It silences the rules only once it has passed, and
   * may be set only on a camera carried over from an earlier signed version (KB-H18).
   */
  endedOn: date(),
  // Questions added 2026-12 (IMY checklist, AI Act), optional without a default: a new camera has them
  // (unanswered, required); a camera from an older file lacks them, so it restores and evaluates exactly as
  // before and is never made incomplete by a question it was never asked.
  /** Area kind 'other': what the space is used for (KB-H11). */
  otherAreaUse: v.optional(v.picklist([...OTHER_AREA_USES, ''] as const)),
  /** Video analytics in use; empty means not answered. */
  analytics: v.optional(v.pipe(v.array(v.picklist(ANALYTICS_KINDS)), v.maxLength(ANALYTICS_KINDS.length, 'tooMany'))),
  /** Movable camera or zoom: the limits (presets, masked zones) that keep its view where the reasons are (KB-S28). */
  movableLimits: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT, 'tooLong'))),
  /** Live viewing: whether people other than the viewers can see the monitor (KB-S29). */
  monitorSeenByOthers: v.optional(v.picklist(['yes', 'no', ''] as const)),
  /** Who is in the picture outside school hours. */
  offHoursPresence: v.optional(v.pipe(v.array(v.picklist(OFF_HOURS_PRESENCE)), v.maxLength(OFF_HOURS_PRESENCE.length, 'tooMany'))),
  /** The parts of the site in the picture; empty means not answered (KB-H06). */
  inView: v.optional(v.pipe(v.array(v.picklist(VIEW_AREAS)), v.maxLength(VIEW_AREAS.length, 'tooMany'))),
  /** Set by nextVersion on every camera copied from a signed version: only such a camera may get an end date. */
  carriedOver: v.optional(v.boolean()),
  /** Added 2026-12: entered in a review of cameras already filming, so not a new camera (KB-H14). */
  alreadyInUse: v.optional(v.boolean()),
  /**
   * Added 2026-12: a drawing or photo with the field of view marked. Absent on a camera without one, so an
   * older camera keeps its canonical form and fingerprint. The text alternative is `fieldOfView`.
   */
  view: v.optional(CameraViewSchema),
});

const SignatureSchema = v.variant('type', [
  v.looseObject({ type: v.literal('drawn'), image: v.pipe(v.string(), v.maxLength(MAX_IMAGE, 'tooLong')) }),
  v.looseObject({ type: v.literal('typed'), typedName: text(500) }),
]);

/** A signature attests what the outcome allows: a decision, a request for review, or a referral. */
const SignoffSchema = v.looseObject({
  kind: v.picklist(['decision', 'review-request', 'referral'] as const),
  name: text(500),
  title: text(500),
  place: text(500),
  date: date(),
  attested: v.optional(v.boolean(), false),
  signature: SignatureSchema,
  signedAt: dateTime(),
  /** SHA-256 of the canonical JSON of the signed assessment, hex. */
  fingerprint: v.optional(v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{64})?$/, 'fingerprint')), ''),
});

/** The later decision of the administration or school owner on a case sent to them. */
const LaterDecisionSchema = v.looseObject({
  by: v.picklist(['administration', 'owner'] as const),
  result: v.picklist(['approved', 'rejected'] as const),
  date: date(),
  reference: text(500),
  decidedBy: text(500),
});

export const AssessmentSchema = v.looseObject({
  format: v.literal(ASSESSMENT_FORMAT, 'format'),
  schemaVersion: v.literal(SCHEMA_VERSION, 'schemaVersion'),
  id: itemId(),
  /** Numbered version in a chain; 1 for the first. */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall')), 1),
  /** The signed assessment this one continues (annual review or change), or null. */
  previousVersionId: v.optional(v.nullable(itemId()), null),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  /** Increments on every save; two tabs compare it to detect a conflict. */
  revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'negative')), 0),
  /** The step the principal was on, so a draft reopens where it was left. */
  step: v.optional(v.picklist(STEP_IDS), 'school'),
  school: part({
    ownerType: choice(['municipal', 'independent'] as const),
    /** Huvudman, e.g. "Utbildningsnämnden i Exempelstad" or the company. */
    ownerName: text(500),
    schoolName: text(500),
    /** Skolenhetskod, 8 digits, where known. */
    unitCode: text(50),
    /** Youngest pupils' age in years; children's age weighs in the balancing and the information texts. */
    youngestPupilAge: amount(25),
    /** The school's ordinary day; recording inside it is "during school hours". */
    schoolDay: part({ from: time(), to: time() }),
    principal: person(),
    /** The person the school designated for camera rules (kameraansvarig). */
    cameraPerson: person(),
    /** Dataskyddsombud. */
    dpo: person(),
    decisionDate: date(),
    plannedStart: date(),
    /**
     * Added 2026-12, without a default: present only when the review started from cameras already filming (an
     * IMY permit or an earlier decision, with its reference). An older file lacks it, so it restores and evaluates
     * exactly as before. Since 2025-04-01 an old IMY permit is evidence, not a basis.
     */
    earlierBasis: v.optional(v.looseObject({ kind: choice(EARLIER_BASIS_KINDS), reference: text(500), date: date() })),
  }),
  problem: part({
    /** Which problem, in the principal's words. */
    description: text(),
    /** A specific purpose; "trygghet" alone is too vague. */
    purpose: text(),
    incidents: list(IncidentSchema),
    /** Why surveillance is needed even though few incidents are documented. */
    needReasoning: text(),
  }),
  /** The measures tried or considered, and when none at all can be tried, why. */
  measures: part({ items: list(MeasureSchema), noneReason: text() }),
  cameras: list(CameraSchema),
  balancing: part({
    /** The school's interest: how serious, how frequent, how documented. */
    interest: text(),
    /** The intrusion: who is filmed, children's age, hours, area. */
    intrusion: text(),
    mitigations: text(),
    /** The principal's own reasoning why the interest outweighs the intrusion (or not). */
    reasoning: text(),
  }),
  data: part({
    legalBasis: choice(['6.1e', '6.1f', '6.1c', 'consent'] as const),
    /** Independent schools: whether the DPO has confirmed the legal basis. */
    legalBasisConfirmedByDpo: yesNo(),
    retentionHours: amount(100_000),
    autoDelete: yesNo(),
    /** How a clip is secured after an incident, and for how long. */
    incidentClipRoutine: text(),
    /** Who may do what (watch live, view recordings, export clips). */
    accessRoles: list(v.looseObject({ id: itemId(), role: text(500), rights: text() })),
    accessLog: yesNo(),
    policeDisclosure: text(),
    processorUsed: yesNo(),
    processorName: text(500),
    processorAgreement: yesNo(),
    storage: choice(['local', 'cloud'] as const),
    storageInEuEea: yesNo(),
    /** Outside the EU/EEA: adequacy decision or standard clauses with a transfer assessment. */
    transferBasis: text(),
    /**
     * Whether drawings of camera placement are in a document shared widely (OSL 18 kap. 8 §).
     * Added after the first draft of v1: a file may lack it, and restore() fills it with '' (unanswered).
     */
    placementDrawingsShared: yesNo(),
  }),
  consultation: part({
    /** MBL negotiation or local co-operation (samverkan) with the unions, before the decision. */
    unionForm: choice(['mbl', 'samverkan'] as const),
    unionDate: date(),
    safetyRepresentativeConsulted: yesNo(),
    pupilsInformed: informed(),
    guardiansInformed: informed(),
    staffInformed: informed(),
    /** Whether the information to pupils is written so that children understand it. */
    informationForChildren: yesNo(),
    signage: informed(),
    signageDescription: text(),
    /** Where the full Art 13 information is published (web page, letter). */
    art13Where: text(),
    art13Text: text(),
    /** DPIA (konsekvensbedömning): a reference, or a documented reason none is needed. */
    dpiaDone: yesNo(),
    dpiaReference: text(),
    dpiaNoneReason: text(),
    dpoAdviceDate: date(),
    dpoAdvice: text(),
  }),
  decision: part({
    // (2026-12) Per-camera decisions. 'approve-changed' approves a camera on narrower terms (hours, masking,
    // retention) than the answers describe; `changes` and `withoutComment` are optional without defaults, so an
    // older file restores without them and every camera follows the overall decision as before.
    cameraDecisions: list(
      v.looseObject({
        cameraId: itemId(),
        verdict: choice(['approve', 'approve-changed', 'reject'] as const),
        reason: text(),
        /** What an 'approve-changed' verdict narrows; an empty or null entry keeps the camera's own answer. */
        changes: v.optional(
          v.looseObject({
            /** Narrower hours: a preset the decision-maker chose, its windows filled from the policy. */
            hours: v.optional(CameraSchema.entries.hours.wrapped),
            /** Masking required by the decision (what is to be masked). */
            masking: v.optional(text()),
            /** A shorter retention for this camera, in hours. */
            retentionHours: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(100_000, 'tooBig')))),
          }),
        ),
      }),
    ),
    overallReason: text(),
    nextReviewDate: date(),
    /** Diarienummer, filled in by the registry. */
    registryNumber: text(200),
    /**
     * (2026-12) The warning keys the decision-maker chose to decide "utan kommentar" (without an answer).
     * Signing needs each open warning either answered (justifications) or listed here.
     */
    withoutComment: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500, 'tooLong'))), v.maxLength(MAX_ITEMS, 'tooMany'))),
  }),
  /** The principal's answer to a warning, keyed by finding key (rule id, or rule id + ':' + camera id). */
  justifications: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_TEXT, 'tooLong'))), () => ({})),
  signoff: v.optional(v.nullable(SignoffSchema), null),
  laterDecision: v.optional(v.nullable(LaterDecisionSchema), null),
  /** Set when the whole surveillance has ended. */
  endedOn: date(),
  /**
   * Present only on a version started as an annual review (startAnnualReview): the version it re-examines
   * and the principal's answers. Added after the first release of v1; optional without a default.
   */
  annualReview: v.optional(
    v.looseObject({
      /** The signed version this review re-examines. */
      reviewOf: v.looseObject({
        previousId: itemId(),
        previousVersion: v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall')),
        previousDecisionDate: date(),
      }),
      /** Whether incidents happened since the last decision (they are then added to the incident log). */
      incidentsSince: yesNo(),
      /** Per camera id carried over from the last version: whether the camera is still needed. */
      stillNeeded: v.optional(v.record(v.string(), yesNo()), () => ({})),
      /** Whether the other measures now suffice without surveillance. */
      measuresNowSuffice: yesNo(),
      /** What changed since the last decision, in the principal's words. */
      changesSummary: text(),
    }),
  ),
  /** Fields this version of the app does not know, kept so a newer file survives a round trip. */
  extra: v.optional(v.record(v.string(), v.unknown())),
});

/** The top-level keys this version knows; anything else is moved into `extra`. */
export const KNOWN_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(AssessmentSchema.entries));

// The document's types, inferred from the schema above: written once, so what restore() accepts and what the
// code reads cannot differ. The parts have names of their own where the code speaks of them.
export type Assessment = Known<v.InferOutput<typeof AssessmentSchema>>;
export type School = Assessment['school'];
export type Person = School['principal'];
export type EarlierBasis = NonNullable<School['earlierBasis']>;
export type Problem = Assessment['problem'];
export type Incident = Problem['incidents'][number];
export type Measures = Assessment['measures'];
export type Measure = Measures['items'][number];
export type Camera = Assessment['cameras'][number];
export type CameraHours = Camera['hours'];
export type TimeWindow = CameraHours['windows'][number];
export type PublicAreaAnswers = Camera['publicArea'];
export type NonPublicAreaAnswers = Camera['nonPublicArea'];
export type CameraView = NonNullable<Camera['view']>;
export type Balancing = Assessment['balancing'];
export type DataHandling = Assessment['data'];
export type AccessRole = DataHandling['accessRoles'][number];
export type Consultation = Assessment['consultation'];
export type Decision = Assessment['decision'];
export type CameraDecision = Decision['cameraDecisions'][number];
export type CameraChanges = NonNullable<CameraDecision['changes']>;
export type Signoff = NonNullable<Assessment['signoff']>;
export type LaterDecision = NonNullable<Assessment['laterDecision']>;
export type AnnualReview = NonNullable<Assessment['annualReview']>;
