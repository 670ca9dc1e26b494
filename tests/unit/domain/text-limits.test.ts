import { describe, expect, it } from 'vitest';
import { emptyAssessment, MAX_TEXT, newCamera, newMeasure, restore, textLimitAt } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';

/** `a` with the text at a dotted path set (creating nothing: the path must exist). */
function withText(a: Assessment, path: string, text: string): unknown {
  const copy = structuredClone(a) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = text;
  return copy;
}

const base = (): Assessment => {
  const a = emptyAssessment('limits', new Date('2026-03-02T09:00:00Z'));
  return {
    ...a,
    cameras: [newCamera('c1', 0)],
    measures: { ...a.measures, items: [newMeasure('m1')] },
    decision: { ...a.decision, cameraDecisions: [{ cameraId: 'c1', verdict: 'approve', reason: '' }] },
    justifications: { 'some-finding': '' },
  };
};

// Fields the principal types into, across every kind of limit the schema has.
const PATHS = [
  'problem.description',
  'school.schoolName',
  'school.unitCode',
  'school.principal.phone',
  'school.principal.email',
  'cameras.0.name',
  'cameras.0.location',
  'measures.items.0.description',
  'decision.registryNumber',
  'decision.cameraDecisions.0.reason',
  'justifications.some-finding',
];

describe('textLimitAt', () => {
  it.each(PATHS)('is exactly the limit restore accepts at %s', (path) => {
    const limit = textLimitAt(path);
    expect(restore(withText(base(), path, 'å'.repeat(limit))).ok).toBe(true);
    const over = restore(withText(base(), path, 'å'.repeat(limit + 1)));
    expect(over.ok).toBe(false);
  });

  it('knows the short limits, not only the general one', () => {
    expect(textLimitAt('school.unitCode')).toBeLessThan(MAX_TEXT);
    expect(textLimitAt('cameras.12.name')).toBe(textLimitAt('cameras.0.name'));
    expect(textLimitAt('problem.description')).toBe(MAX_TEXT);
    // Inside nullable and optional parts, and a variant (the typed signature).
    expect(textLimitAt('signoff.name')).toBeLessThan(MAX_TEXT);
    expect(textLimitAt('signoff.name')).toBe(textLimitAt('school.schoolName'));
    expect(textLimitAt('signoff.signature.typedName')).toBe(textLimitAt('school.schoolName'));
    expect(textLimitAt('laterDecision.reference')).toBe(textLimitAt('school.schoolName'));
    expect(textLimitAt('annualReview.changesSummary')).toBe(MAX_TEXT);
  });
});
