// The organisation's own values (seed 000, Stockholm's instructions), changeable without a code change:
// an organisation imports its policy as JSON and restorePolicy() checks it.
import * as v from 'valibot';
import type { Text } from './types';
import { PolicySchema, type Policy } from './policy-schema';
import type { RestoreResult } from './restore-types';
import { issueToProblem, notAnObject, sanitize } from './restore-core';

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
    return { ok: true, value: parsed.output, migratedFrom: null, notes: [] };
  } catch {
    return { ok: false, problems: [notAnObject()] };
  }
}
