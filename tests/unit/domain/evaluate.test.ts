// evaluate() beyond single rules: branches that stop applying, ended cameras, dates, policy values,
// what is missing, and what the decision step still needs.
import { describe, expect, it } from 'vitest';
import type { Assessment, Policy } from '../../../src/assessments/camera/domain';
import { cameraBranch, decisionMissing, defaultPolicy, emptyAssessment, evaluate, isApplicable, newCamera } from '../../../src/assessments/camera/domain';
import { TODAY, clone, loadFixture } from './helpers';

const facade = () => loadFixture('facade-night');
const ids = (a: Assessment, p: Policy = defaultPolicy) => evaluate(a, p, TODAY).findings.map((f) => f.key);

describe('branches that no longer apply', () => {
  it('names the branch of each camera', () => {
    const c = newCamera('c', 0);
    expect(cameraBranch(c)).toBeNull();
    expect(cameraBranch({ ...c, publicAccess: 'yes' })).toBe('public');
    expect(cameraBranch({ ...c, publicAccess: 'no' })).toBe('nonPublic');
    expect(cameraBranch({ ...c, publicAccess: 'unsure' })).toBe('unsure');
  });

  it('marks the questions of the other branch not applicable, and brings them back', () => {
    const a = facade();
    expect(isApplicable(a, 'cameras.0.nonPublicArea.proportionality')).toBe(true);
    expect(isApplicable(a, 'cameras.0.publicArea.othersPresent')).toBe(false);
    a.cameras[0]!.publicAccess = 'yes';
    expect(isApplicable(a, 'cameras.0.nonPublicArea.proportionality')).toBe(false);
    expect(isApplicable(a, 'cameras.0.publicArea.othersPresent')).toBe(true);
    expect(isApplicable(a, 'measures.items.0.whyNotPossible')).toBe(false);
    expect(isApplicable(a, 'measures.items.2.whyNotPossible')).toBe(true);
    expect(isApplicable(a, 'school.schoolName')).toBe(true);
  });

  it('keeps answers of a branch that stops applying, ignores them, and uses them again on return', () => {
    const a = facade();
    a.cameras[0]!.nonPublicArea.annualReviewPlanned = 'no';
    expect(ids(a)).toContain('KB-S24-no-annual-review:cam-1');
    a.cameras[0]!.publicAccess = 'yes';
    a.cameras[0]!.publicArea.othersPresent = 'Grannar';
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.findings.map((f) => f.key)).not.toContain('KB-S24-no-annual-review:cam-1');
    expect(ev.missing.map((m) => m.field)).not.toContain('cameras.0.nonPublicArea.proportionality');
    expect(a.cameras[0]!.nonPublicArea.annualReviewPlanned).toBe('no');
    a.cameras[0]!.publicAccess = 'no';
    expect(ids(a)).toContain('KB-S24-no-annual-review:cam-1');
  });

  it('ignores why a measure could not be tried once it was tried', () => {
    const a = facade();
    a.measures.items[2]!.tried = 'yes';
    expect(isApplicable(a, 'measures.items.2.whyNotPossible')).toBe(false);
    expect(evaluate(a, defaultPolicy, TODAY).missing.map((m) => m.field)).not.toContain('measures.items.2.whyNotPossible');
  });
});

describe('ended surveillance', () => {
  it('leaves an ended camera of an earlier signed version out of the findings and the per-camera outcomes', () => {
    const a = loadFixture('changing-room');
    a.cameras[2]!.carriedOver = true;
    a.cameras[2]!.endedOn = '2026-09-10';
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('principal-decides');
    expect(ev.cameraOutcomes.map((c) => c.cameraId)).toEqual(['cam-1', 'cam-2']);
  });

  it('KB-H18: an end date not yet passed silences nothing', () => {
    const a = loadFixture('changing-room');
    a.cameras[2]!.carriedOver = true;
    a.cameras[2]!.endedOn = '2027-06-30';
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('blocked');
    expect(ev.findings.some((f) => f.ruleId === 'KB-H01-intimate-space' && f.cameraId === 'cam-3')).toBe(true);
  });

  it('KB-H18: an end date on a new camera is an error and the camera is evaluated as active', () => {
    const a = loadFixture('changing-room');
    a.cameras[2]!.endedOn = '2026-09-10';
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.findings.map((f) => f.key)).toEqual(expect.arrayContaining(['KB-H18-end-date:cam-3', 'KB-H01-intimate-space:cam-3']));
    expect(ev.outcome).toBe('blocked');
  });

  it('needs at least one camera in force', () => {
    const a = facade();
    a.cameras.forEach((c) => Object.assign(c, { carriedOver: true, endedOn: '2026-10-01' }));
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.missing.map((m) => m.field)).toEqual(['cameras']);
  });
});

describe('dates and policy', () => {
  it('uses the decision date for the regime, or today when there is none', () => {
    const a = facade();
    expect(evaluate(a, defaultPolicy, TODAY).regime).toBe('documented-balancing');
    a.school.decisionDate = '2025-03-31';
    expect(evaluate(a, defaultPolicy, TODAY).regime).toBe('permit-era');
    a.school.decisionDate = '';
    expect(evaluate(a, defaultPolicy, '2024-06-01').regime).toBe('permit-era');
  });

  it('sets the next review from the decision date and the policy interval unless one is given', () => {
    const a = facade();
    expect(evaluate(a, defaultPolicy, TODAY).nextReviewDate).toBe('2027-09-15');
    a.decision.nextReviewDate = '';
    expect(evaluate(a, { ...defaultPolicy, reviewIntervalMonths: 6 }, TODAY).nextReviewDate).toBe('2027-03-15');
    a.school.decisionDate = '';
    expect(evaluate(a, defaultPolicy, '2026-08-31').nextReviewDate).toBe('2027-08-31');
  });

  it('follows the organisation’s retention limit', () => {
    const a = facade();
    a.data.retentionHours = 120;
    expect(ids(a)).toContain('KB-S05-retention-over-policy');
    expect(ids(a, { ...defaultPolicy, maxRetentionHours: 168 })).not.toContain('KB-S05-retention-over-policy');
  });

  it('indicates a DPIA when children or a public place are filmed systematically', () => {
    const a = facade();
    expect(evaluate(a, defaultPolicy, TODAY).dpiaIndicated).toBe(false);
    a.cameras[0]!.subjects = ['pupils'];
    expect(evaluate(a, defaultPolicy, TODAY).dpiaIndicated).toBe(true);
  });
});

describe('missing answers', () => {
  it('lists them in step order with labels a principal understands', () => {
    const a = emptyAssessment('x', new Date(0));
    a.cameras.push(newCamera('c1', 0));
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.signoffKind).toBeNull();
    const steps = ev.missing.map((m) => m.step);
    expect(steps).toEqual([...steps].sort((x, y) => ['school', 'problem', 'measures', 'cameras', 'balancing', 'data', 'consultation'].indexOf(x) - ['school', 'problem', 'measures', 'cameras', 'balancing', 'data', 'consultation'].indexOf(y)));
    expect(ev.missing.find((m) => m.field === 'cameras.0.sound')?.label.sv).toBe('Kamera 1: ljudupptagning');
    for (const m of ev.missing) expect(m.label.sv).not.toContain('.');
    expect(ev.missing.find((m) => m.field === 'data.retentionHours')?.ruleId).toBe('KB-H06-retention-access');
  });

  it('never calls an unanswered question a violation', () => {
    const a = emptyAssessment('x', new Date(0));
    a.cameras.push(newCamera('c1', 0));
    expect(evaluate(a, defaultPolicy, TODAY).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });
});

describe('the decision step', () => {
  it('needs a verdict for every camera and a reason when the principal decides', () => {
    const a = facade();
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(decisionMissing(a, ev)).toEqual([]);
    const b = clone(a);
    b.decision.cameraDecisions = [{ cameraId: 'cam-1', verdict: '', reason: '' }];
    b.decision.overallReason = '';
    expect(decisionMissing(b, evaluate(b, defaultPolicy, TODAY)).map((m) => m.label.sv)).toEqual([
      'Beslut 1: beslut',
      'Beslut för Kamera 2',
      'Motivering till beslutet',
    ]);
  });

  it('asks no verdicts of the decision step when the case goes elsewhere, only the open warnings', () => {
    const a = loadFixture('schoolyard-evening');
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(decisionMissing(a, ev).map((m) => m.field)).toEqual(['decision.withoutComment']);
    a.decision.withoutComment = ev.findings.filter((f) => f.severity === 'warn').map((f) => f.key);
    expect(decisionMissing(a, ev)).toEqual([]);
  });
});

describe('the explanation', () => {
  it('does not let other cameras go ahead when the case as a whole is blocked', () => {
    const a = loadFixture('changing-room');
    a.data.legalBasis = 'consent';
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('blocked');
    expect(ev.explanation.sv).not.toContain('Du kan besluta');
    expect(ev.explanation.sv).toContain('Samtycke kan inte vara rättslig grund');
    expect(ev.explanation.sv).toContain('Kamera 3 får inte användas eftersom den filmar ett omklädningsrum.');
  });

  it('uses the names the principal gave the cameras', () => {
    const a = loadFixture('facade-night');
    a.cameras[0]!.name = 'Entrén';
    a.cameras[1]!.name = 'Idrottshallen';
    expect(evaluate(a, defaultPolicy, TODAY).explanation).toEqual({
      sv: 'Du kan besluta om kamerabevakning för kamerorna Entrén och Idrottshallen.',
      en: 'You may decide on camera surveillance for cameras Entrén and Idrottshallen.',
    });
  });
});

describe('robustness', () => {
  it('does not throw on a document that never went through restore', () => {
    const ev = evaluate({ cameras: 'x' } as unknown as Assessment, defaultPolicy, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.explanation.sv).not.toBe('');
  });
});
