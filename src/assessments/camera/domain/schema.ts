// The assessment document v1 as a valibot schema: restore() validates with it, and the published JSON
// Schema (docs/assessment.schema.json) is generated from it, so the two cannot drift apart.
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
} from './types';

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
const informed = () => choice(['yes', 'planned', 'no'] as const);
const itemId = () => v.pipe(v.string(), v.minLength(1, 'emptyId'), v.maxLength(200, 'tooLong'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.pipe(v.array(item), v.maxLength(MAX_ITEMS, 'tooMany')), () => []);
const amount = (max: number) =>
  v.optional(v.nullable(v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(max, 'tooBig'))), null);
/** Unknown keys inside a part of the document survive a round trip (looseObject). */
const part = <T extends v.ObjectEntries>(entries: T) =>
  v.optional(v.looseObject(entries), () => ({}) as v.InferInput<v.LooseObjectSchema<T, undefined>>);

const person = () => part({ name: text(500), title: text(500), email: text(500), phone: text(100) });

export const IncidentSchema = v.looseObject({
  id: itemId(),
  date: date(),
  time: time(),
  place: text(),
  type: choice(INCIDENT_TYPES),
  description: text(),
  policeReportNumber: text(200),
  costSek: amount(1e12),
});

export const MeasureSchema = v.looseObject({
  id: itemId(),
  kind: choice(MEASURE_KINDS),
  description: text(),
  tried: yesNo(),
  when: date(),
  result: text(),
  whyInsufficient: text(),
  whyNotPossible: text(),
});

export const TimeWindowSchema = v.looseObject({
  days: list(v.picklist(WEEKDAYS)),
  from: time(),
  to: time(),
  // Added 2026-12; optional without a default so an older window keeps its meaning (types.ts).
  overMidnight: v.optional(v.boolean()),
});

/** A marked field of view has a handful of corners; more is a mistake. */
export const MAX_VIEW_POINTS = 100;
const fraction = () => v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(1, 'tooBig'));
const CameraViewSchema = v.looseObject({
  attachment: v.optional(v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{64})?$/, 'fingerprint')), ''),
  polygon: v.optional(v.pipe(v.array(v.pipe(v.array(fraction()), v.length(2, 'point'))), v.maxLength(MAX_VIEW_POINTS, 'tooMany')), () => []),
});

export const CameraSchema = v.looseObject({
  id: itemId(),
  name: text(500),
  location: text(),
  placement: choice(['indoor', 'outdoor'] as const),
  areaKind: choice(AREA_KINDS),
  publicAccess: choice(['yes', 'no', 'unsure'] as const),
  publicAccessReasoning: text(),
  fieldOfView: text(),
  limitedToFacadePlus2m: yesNo(),
  coversIncidentSpots: yesNo(),
  mount: choice(['fixed', 'movable'] as const),
  zoom: yesNo(),
  masking: yesNo(),
  maskingDescription: text(),
  hours: part({
    preset: choice(['outsideSchoolHours', 'facadePractice', 'always', 'custom'] as const),
    windows: list(TimeWindowSchema),
    holidaysAsWeekend: v.optional(v.boolean(), true),
  }),
  mode: choice(['recording', 'live', 'both'] as const),
  liveViewers: text(),
  monitorLocation: text(),
  sound: yesNo(),
  biometrics: yesNo(),
  subjects: list(v.picklist(['pupils', 'staff', 'visitors', 'public'] as const)),
  publicArea: part({ othersPresent: text(), othersWhen: text() }),
  nonPublicArea: part({ proportionality: text(), annualReviewPlanned: yesNo() }),
  endedOn: date(),
  // Added 2026-12: optional without a default, so an older camera restores and evaluates as before (types.ts).
  otherAreaUse: v.optional(v.picklist([...OTHER_AREA_USES, ''] as const)),
  analytics: v.optional(v.pipe(v.array(v.picklist(ANALYTICS_KINDS)), v.maxLength(ANALYTICS_KINDS.length, 'tooMany'))),
  movableLimits: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT, 'tooLong'))),
  monitorSeenByOthers: v.optional(v.picklist(['yes', 'no', ''] as const)),
  offHoursPresence: v.optional(v.pipe(v.array(v.picklist(OFF_HOURS_PRESENCE)), v.maxLength(OFF_HOURS_PRESENCE.length, 'tooMany'))),
  inView: v.optional(v.pipe(v.array(v.picklist(VIEW_AREAS)), v.maxLength(VIEW_AREAS.length, 'tooMany'))),
  carriedOver: v.optional(v.boolean()),
  alreadyInUse: v.optional(v.boolean()),
  view: v.optional(CameraViewSchema),
});

const SignatureSchema = v.variant('type', [
  v.looseObject({ type: v.literal('drawn'), image: v.pipe(v.string(), v.maxLength(MAX_IMAGE, 'tooLong')) }),
  v.looseObject({ type: v.literal('typed'), typedName: text(500) }),
]);

const SignoffSchema = v.looseObject({
  kind: v.picklist(['decision', 'review-request', 'referral'] as const),
  name: text(500),
  title: text(500),
  place: text(500),
  date: date(),
  attested: v.optional(v.boolean(), false),
  signature: SignatureSchema,
  signedAt: dateTime(),
  fingerprint: v.optional(v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{64})?$/, 'fingerprint')), ''),
});

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
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall')), 1),
  previousVersionId: v.optional(v.nullable(itemId()), null),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'negative')), 0),
  step: v.optional(v.picklist(STEP_IDS), 'school'),
  school: part({
    ownerType: choice(['municipal', 'independent'] as const),
    ownerName: text(500),
    schoolName: text(500),
    unitCode: text(50),
    youngestPupilAge: amount(25),
    schoolDay: part({ from: time(), to: time() }),
    principal: person(),
    cameraPerson: person(),
    dpo: person(),
    decisionDate: date(),
    plannedStart: date(),
    // No default: absent means the review did not start from cameras already filming (older files too).
    earlierBasis: v.optional(v.looseObject({ kind: choice(EARLIER_BASIS_KINDS), reference: text(500), date: date() })),
  }),
  problem: part({ description: text(), purpose: text(), incidents: list(IncidentSchema), needReasoning: text() }),
  measures: part({ items: list(MeasureSchema), noneReason: text() }),
  cameras: list(CameraSchema),
  balancing: part({ interest: text(), intrusion: text(), mitigations: text(), reasoning: text() }),
  data: part({
    legalBasis: choice(['6.1e', '6.1f', '6.1c', 'consent'] as const),
    legalBasisConfirmedByDpo: yesNo(),
    retentionHours: amount(100_000),
    autoDelete: yesNo(),
    incidentClipRoutine: text(),
    accessRoles: list(v.looseObject({ id: itemId(), role: text(500), rights: text() })),
    accessLog: yesNo(),
    policeDisclosure: text(),
    processorUsed: yesNo(),
    processorName: text(500),
    processorAgreement: yesNo(),
    storage: choice(['local', 'cloud'] as const),
    storageInEuEea: yesNo(),
    transferBasis: text(),
    placementDrawingsShared: yesNo(),
  }),
  consultation: part({
    unionForm: choice(['mbl', 'samverkan'] as const),
    unionDate: date(),
    safetyRepresentativeConsulted: yesNo(),
    pupilsInformed: informed(),
    guardiansInformed: informed(),
    staffInformed: informed(),
    informationForChildren: yesNo(),
    signage: informed(),
    signageDescription: text(),
    art13Where: text(),
    art13Text: text(),
    dpiaDone: yesNo(),
    dpiaReference: text(),
    dpiaNoneReason: text(),
    dpoAdviceDate: date(),
    dpoAdvice: text(),
  }),
  decision: part({
    cameraDecisions: list(
      v.looseObject({
        cameraId: itemId(),
        verdict: choice(['approve', 'approve-changed', 'reject'] as const),
        reason: text(),
        // (2026-12) Optional without a default: an older file restores without it (see CameraChanges).
        changes: v.optional(
          v.looseObject({
            hours: v.optional(CameraSchema.entries.hours.wrapped),
            masking: v.optional(text()),
            retentionHours: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0, 'negative'), v.maxValue(100_000, 'tooBig')))),
          }),
        ),
      }),
    ),
    overallReason: text(),
    nextReviewDate: date(),
    registryNumber: text(200),
    // (2026-12) Optional without a default, like `changes`.
    withoutComment: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500, 'tooLong'))), v.maxLength(MAX_ITEMS, 'tooMany'))),
  }),
  justifications: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_TEXT, 'tooLong'))), () => ({})),
  signoff: v.optional(v.nullable(SignoffSchema), null),
  laterDecision: v.optional(v.nullable(LaterDecisionSchema), null),
  endedOn: date(),
  // Optional without a default: only a version started as an annual review has it.
  annualReview: v.optional(
    v.looseObject({
      reviewOf: v.looseObject({
        previousId: itemId(),
        previousVersion: v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall')),
        previousDecisionDate: date(),
      }),
      incidentsSince: yesNo(),
      stillNeeded: v.optional(v.record(v.string(), yesNo()), () => ({})),
      measuresNowSuffice: yesNo(),
      changesSummary: text(),
    }),
  ),
  extra: v.optional(v.record(v.string(), v.unknown())),
});

/** The top-level keys this version knows; anything else is moved into `extra`. */
export const KNOWN_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(AssessmentSchema.entries));
