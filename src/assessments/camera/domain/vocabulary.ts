// The words the assessment document is written in: its format and version, its steps and the closed lists its
// answers choose from. The schema (schema.ts) validates with them and the document's types are inferred from
// it (types.ts), so each list is written once, here, with the type of one of its words beside it.

export const ASSESSMENT_FORMAT = 'kamerabedomning/assessment' as const;
export const SCHEMA_VERSION = 1 as const;

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

export const EARLIER_BASIS_KINDS = ['imyPermit', 'earlierDecision', 'none'] as const;
export type EarlierBasisKind = (typeof EARLIER_BASIS_KINDS)[number];

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

/** A corner of the marked field of view, as fractions (0..1) of the image's width and height. */
export type ViewPoint = [x: number, y: number];
