// The organisation's policy (seed 000, Stockholm's instructions) as a valibot schema, its type inferred from it
// and the values a device without a policy of its own judges by. restorePolicy() (policy.ts) validates with it.
import * as v from 'valibot';
import { emptyPerson } from './defaults';

// The defaults as plain values: the schema fills a missing field with them, and defaultPolicy is made of them.
const DEFAULTS = {
  centralReviewOfPublicAreas: true,
  maxRetentionHours: 72,
  reviewIntervalMonths: 12,
  facadeHours: { weekday: { from: '20:00', to: '06:00' }, weekend: { from: '17:00', to: '07:00' } },
};

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = (d: string) => v.optional(v.pipe(v.string(), v.regex(TIME, 'time')), d);
const text = () => v.optional(v.pipe(v.string(), v.maxLength(500, 'tooLong')), '');
const person = () => v.optional(v.object({ name: text(), title: text(), email: text(), phone: text() }), () => emptyPerson());
const d = DEFAULTS;

export const PolicySchema = v.object({
  policyVersion: v.optional(v.literal(1), 1),
  organisationName: text(),
  /** Seed 000: surveillance of a public place goes to the administration for review first. */
  centralReviewOfPublicAreas: v.optional(v.boolean(), d.centralReviewOfPublicAreas),
  maxRetentionHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall'), v.maxValue(24 * 365, 'tooBig')), d.maxRetentionHours),
  reviewIntervalMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'tooSmall'), v.maxValue(60, 'tooBig')), d.reviewIntervalMonths),
  /** Established facade practice: weekdays 20–06, weekends and holidays 17–07. */
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

export type Policy = v.InferOutput<typeof PolicySchema>;

export const defaultPolicy: Policy = Object.freeze({
  policyVersion: 1,
  organisationName: '',
  centralReviewOfPublicAreas: d.centralReviewOfPublicAreas,
  maxRetentionHours: d.maxRetentionHours,
  reviewIntervalMonths: d.reviewIntervalMonths,
  facadeHours: Object.freeze({
    weekday: Object.freeze({ ...d.facadeHours.weekday }),
    weekend: Object.freeze({ ...d.facadeHours.weekend }),
  }),
  dpoContact: Object.freeze(emptyPerson()),
  administrationContact: Object.freeze(emptyPerson()),
});
