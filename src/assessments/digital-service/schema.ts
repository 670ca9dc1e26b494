// The digital-service validation document: an envelope plus one part per step, every part built from
// the question definition. Types are inferred from the schema and never written a second time.
import * as v from 'valibot';
import { emptyAnswersOf, partsOf } from '../../engine/questions/document';
import { steps } from './questions';

export { KIND_ID } from './id';
export const FORMAT = 'kamerabedomning/digital-service';
export const SCHEMA_VERSION = 1;

const stamp = v.pipe(v.string(), v.isoTimestamp());

const parts = partsOf(steps);
const day = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);
const fingerprint = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** The platform validation a school validation took its inherited answers from (optional: older files lack it). */
const inheritedFrom = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  title: v.pipe(v.string(), v.maxLength(200)),
  organisation: v.pipe(v.string(), v.maxLength(300)),
  decidedOn: day,
  fingerprint,
  importedOn: v.pipe(v.string(), v.isoDate()),
});

/** Why a decided validation must be looked at again, e.g. a newer version of its platform validation. */
/** Avveckla tjänsten: the record is kept; what must still happen to the pupils' data is a list of tasks. */
export const OFFBOARDING_TASKS = ['accountsDeleted', 'dataReturned', 'deletionConfirmed'] as const;
const discontinued = v.strictObject({
  on: v.pipe(v.string(), v.isoDate()),
  tasks: v.pipe(
    v.array(v.strictObject({ task: v.picklist(OFFBOARDING_TASKS), owner: v.pipe(v.string(), v.maxLength(200)), due: day, done: v.boolean() })),
    v.maxLength(OFFBOARDING_TASKS.length),
  ),
});

/** Omvalidering: the decided validation this version continues, what started it, and its place in the chain. */
export const REVALIDATION_TRIGGERS = ['annual', 'newTerms', 'newSubprocessor', 'incident'] as const;
const revalidation = v.strictObject({
  of: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  decidedOn: v.pipe(v.string(), v.isoDate()),
  version: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1000)),
  trigger: v.picklist(REVALIDATION_TRIGGERS),
  startedOn: v.pipe(v.string(), v.isoDate()),
});

const needsReview = v.strictObject({
  reason: v.picklist(['platformSuperseded']),
  since: v.pipe(v.string(), v.isoDate()),
  /** The newer platform validation that superseded the inherited one. */
  fingerprint,
});

export const documentSchema = v.strictObject({
  format: v.literal(FORMAT),
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: stamp,
  updatedAt: stamp,
  inheritedFrom: v.optional(inheritedFrom),
  needsReview: v.optional(needsReview),
  discontinued: v.optional(discontinued),
  revalidation: v.optional(revalidation),
  ...parts,
});

export type ServiceDoc = v.InferOutput<typeof documentSchema>;

/** A new, unanswered validation. */
export const empty = (id: string, now: Date): ServiceDoc => ({
  format: FORMAT,
  schemaVersion: SCHEMA_VERSION,
  id,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  ...emptyAnswersOf(steps),
});

export type Parsed = { ok: true; doc: ServiceDoc } | { ok: false; issues: string[] };

/** Checks untrusted JSON; never throws, and names each problem by its path. */
export const parseDocument = (raw: unknown): Parsed => {
  const r = v.safeParse(documentSchema, raw);
  if (r.success) return { ok: true, doc: r.output };
  return { ok: false, issues: r.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) };
};
