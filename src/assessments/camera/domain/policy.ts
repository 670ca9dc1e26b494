// The organisation's own values (seed 000, Stockholm's instructions), changeable without a code change:
// an organisation imports its policy as JSON and restorePolicy() checks it.
import * as v from 'valibot';
import type { Policy, Text } from './types';
import type { RestoreResult } from './restore-types';
import { issueToProblem, notAnObject, sanitize } from './restore-core';
import { emptyPerson } from './defaults';

export const defaultPolicy: Policy = Object.freeze({
  policyVersion: 1,
  organisationName: '',
  centralReviewOfPublicAreas: true,
  maxRetentionHours: 72,
  reviewIntervalMonths: 12,
  facadeHours: Object.freeze({
    weekday: Object.freeze({ from: '20:00', to: '06:00' }),
    weekend: Object.freeze({ from: '17:00', to: '07:00' }),
  }),
  dpoContact: Object.freeze(emptyPerson()),
  administrationContact: Object.freeze(emptyPerson()),
}) as Policy;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = (d: string) => v.optional(v.pipe(v.string(), v.regex(TIME, 'time')), d);
const text = () => v.optional(v.pipe(v.string(), v.maxLength(500, 'tooLong')), '');
const person = () => v.optional(v.object({ name: text(), title: text(), email: text(), phone: text() }), () => emptyPerson());
const d = defaultPolicy;

export const PolicySchema = v.object({
  policyVersion: v.optional(v.literal(1), 1),
  organisationName: text(),
  centralReviewOfPublicAreas: v.optional(v.boolean(), d.centralReviewOfPublicAreas),
  maxRetentionHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall'), v.maxValue(24 * 365, 'tooBig')), d.maxRetentionHours),
  reviewIntervalMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall'), v.maxValue(60, 'tooBig')), d.reviewIntervalMonths),
  facadeHours: v.optional(
    v.object({
      weekday: v.optional(v.object({ from: time(d.facadeHours.weekday.from), to: time(d.facadeHours.weekday.to) }), () => ({})),
      weekend: v.optional(v.object({ from: time(d.facadeHours.weekend.from), to: time(d.facadeHours.weekend.to) }), () => ({})),
    }),
    () => ({}),
  ),
  dpoContact: person(),
  administrationContact: person(),
});

const LABELS: Record<string, Text> = {
  organisationName: { sv: 'Organisationens namn', en: "The organisation's name" },
  centralReviewOfPublicAreas: { sv: 'Granskning av allmänna platser', en: 'Review of public places' },
  maxRetentionHours: { sv: 'Längsta lagringstid', en: 'Longest retention' },
  reviewIntervalMonths: { sv: 'Tid mellan omprövningar', en: 'Time between reviews' },
  'facadeHours.weekday.from': { sv: 'Fasadtid vardagar, från', en: 'Facade hours on weekdays, from' },
  'facadeHours.weekday.to': { sv: 'Fasadtid vardagar, till', en: 'Facade hours on weekdays, to' },
  'facadeHours.weekend.from': { sv: 'Fasadtid helger, från', en: 'Facade hours at weekends, from' },
  'facadeHours.weekend.to': { sv: 'Fasadtid helger, till', en: 'Facade hours at weekends, to' },
};
const policyLabel = (path: string): Text => LABELS[path] ?? { sv: path, en: path };

/** Validates an imported policy and fills the defaults; never throws. Unknown fields are dropped. */
export function restorePolicy(input: unknown): RestoreResult<Policy> {
  try {
    const clean = sanitize(input);
    if (!clean.ok) return { ok: false, problems: [clean.problem] };
    if (clean.value === null || typeof clean.value !== 'object' || Array.isArray(clean.value)) {
      return { ok: false, problems: [notAnObject()] };
    }
    const parsed = v.safeParse(PolicySchema, clean.value);
    if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, 50).map((i) => issueToProblem(i, policyLabel)) };
    return { ok: true, value: parsed.output as Policy, migratedFrom: null, notes: [] };
  } catch {
    return { ok: false, problems: [notAnObject()] };
  }
}
