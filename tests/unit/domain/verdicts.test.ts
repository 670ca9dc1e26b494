// (2026-12) Per-camera decisions: the rules' proposal per camera, the verdicts, the derived overall result
// ("Delvis godkänd"), old files following the overall decision, and warnings decided without comment.
import { describe, expect, it } from 'vitest';
import {
  approvedCameras,
  cameraProposals,
  cameraStatus,
  decidedCamera,
  decidedRetention,
  decisionMissing,
  decisionResult,
  defaultPolicy,
  evaluate,
  presetWindows,
  restore,
} from '../../../src/assessments/camera/domain';
import { setVerdict, setWithoutComment } from '../../../src/assessments/camera/machine/edits';
import { TODAY, clone, loadFixture, readJson, FIXTURE_DIR } from './helpers';

const signedDecision = <T extends { signoff: unknown }>(a: T): T => ({
  ...a,
  signoff: {
    kind: 'decision',
    name: 'R',
    title: 'Rektor',
    place: 'X',
    date: '2026-09-15',
    attested: true,
    signature: { type: 'typed', typedName: 'R' },
    signedAt: '2026-09-15T08:00:00.000Z',
    fingerprint: '',
  },
});

describe('the proposal per camera', () => {
  it('proposes approval where the principal may decide and rejection where a hard rule holds', () => {
    const a = loadFixture('changing-room');
    const proposals = cameraProposals(evaluate(a, defaultPolicy, TODAY));
    expect(proposals.find((p) => p.cameraId === 'cam-3')?.proposal).toBe('reject');
    expect(proposals.filter((p) => p.cameraId !== 'cam-3').every((p) => p.proposal.startsWith('approve'))).toBe(true);
  });

  it('proposes a referral for a camera that goes to the administration', () => {
    const a = loadFixture('schoolyard-evening');
    expect(cameraProposals(evaluate(a, defaultPolicy, TODAY)).map((p) => p.proposal)).toEqual(['refer']);
  });

  it('proposes a narrower approval when a camera records beyond the facade hours', () => {
    const a = loadFixture('facade-night');
    a.cameras[0]!.hours = { preset: 'always', windows: presetWindows('always', defaultPolicy, a.school.schoolDay), holidaysAsWeekend: true };
    const p = cameraProposals(evaluate(a, defaultPolicy, TODAY)).find((x) => x.cameraId === 'cam-1')!;
    expect(p.proposal).toBe('approve-changed');
    expect(p.narrowing.length).toBeGreaterThan(0);
  });
});

describe('the verdicts and the overall result', () => {
  it('old files: every camera follows the overall decision', () => {
    const a = signedDecision(loadFixture('facade-night'));
    a.decision.cameraDecisions = [];
    expect(a.cameras.map((c) => cameraStatus(a, c.id))).toEqual(['approved', 'approved']);
    expect(decisionResult(a)).toBe('approved');
  });

  it('one camera rejected: approved in part (Delvis godkänd); the rejected camera is off signs and letter', () => {
    let a = signedDecision(loadFixture('facade-night'));
    a = setVerdict(a, 'cam-2', { verdict: 'reject', reason: 'Inga händelser vid den fasaden.' })!;
    expect(cameraStatus(a, 'cam-2')).toBe('rejected');
    expect(decisionResult(a)).toBe('approved-in-part');
    expect(approvedCameras(a).map((c) => c.id)).toEqual(['cam-1']);
  });

  it('every camera rejected: rejected; all approved as asked: approved', () => {
    let a = signedDecision(loadFixture('facade-night'));
    expect(decisionResult(a)).toBe('approved');
    a = setVerdict(setVerdict(a, 'cam-1', { verdict: 'reject' })!, 'cam-2', { verdict: 'reject' })!;
    expect(decisionResult(a)).toBe('rejected');
    expect(approvedCameras(a)).toEqual([]);
  });

  it('approved with changes: narrower hours, masking and retention are what is decided, and count as in part', () => {
    let a = signedDecision(loadFixture('facade-night'));
    const hours = { preset: 'facadePractice' as const, windows: presetWindows('facadePractice', defaultPolicy, a.school.schoolDay), holidaysAsWeekend: true };
    a = setVerdict(a, 'cam-1', { verdict: 'approve-changed', changes: { hours } })!;
    a = setVerdict(a, 'cam-1', { changes: { masking: 'Grannens fönster', retentionHours: 48 } })!;
    expect(a.decision.cameraDecisions.find((d) => d.cameraId === 'cam-1')?.changes).toEqual({ hours, masking: 'Grannens fönster', retentionHours: 48 });
    const decided = decidedCamera(a, a.cameras[0]!);
    expect(decided.hours).toEqual(hours);
    expect(decided.maskingDescription).toBe('Grannens fönster');
    expect(decidedRetention(a, 'cam-1')).toBe(48);
    expect(decidedRetention(a, 'cam-2')).toBe(a.data.retentionHours);
    expect(decisionResult(a)).toBe('approved-in-part');
  });

  it('"approve with changes" without any change is not complete', () => {
    let a = loadFixture('facade-night');
    a = setVerdict(a, 'cam-1', { verdict: 'approve-changed' })!;
    const ev = evaluate(a, defaultPolicy, TODAY);
    expect(decisionMissing(a, ev).map((m) => m.field)).toContain('decision.cameraDecisions.0.changes');
  });

  it('a referred case leaves every camera pending until the later decision, except one the principal rejected', () => {
    const a = loadFixture('schoolyard-evening');
    a.signoff = { ...signedDecision(a).signoff!, kind: 'review-request' };
    expect(cameraStatus(a, 'cam-yard')).toBe('pending');
    expect(decisionResult(a)).toBe('pending');
    a.laterDecision = { by: 'administration', result: 'approved', date: '2026-10-01', reference: 'X', decidedBy: 'Y' };
    expect(cameraStatus(a, 'cam-yard')).toBe('approved');
    a.laterDecision = { ...a.laterDecision, result: 'rejected' };
    expect(cameraStatus(a, 'cam-yard')).toBe('rejected');
  });
});

describe('restoring', () => {
  it('a file without the new fields restores without them (nothing is added to what was signed)', () => {
    const raw = readJson(`${FIXTURE_DIR}facade-night.json`);
    const restored = restore(raw);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect('withoutComment' in restored.value.decision).toBe(false);
    expect(restored.value.decision.cameraDecisions.every((d) => !('changes' in d))).toBe(true);
  });

  it('the new fields survive a round trip', () => {
    let a = loadFixture('facade-night');
    a = setVerdict(a, 'cam-1', { verdict: 'approve-changed', changes: { retentionHours: 24, masking: 'Gatan' } })!;
    a = setWithoutComment(a, ['KB-S10-no-masking:cam-1']);
    const back = restore(JSON.parse(JSON.stringify(a)));
    expect(back.ok && back.value.decision).toEqual(a.decision);
  });
});

describe('warnings decided without comment', () => {
  it('each open warning needs a comment or an explicit "beslutas utan kommentar"', () => {
    const a = loadFixture('schoolyard-evening');
    const ev = evaluate(a, defaultPolicy, TODAY);
    const warns = ev.findings.filter((f) => f.severity === 'warn').map((f) => f.key);
    expect(warns.length).toBeGreaterThan(1);
    expect(decisionMissing(a, ev).map((m) => m.label.sv)).toEqual([`Kommentar eller "beslutas utan kommentar" för ${warns.length} varningar`]);
    const answered = clone(a);
    answered.justifications[warns[0]!] = 'Skälet.';
    const rest = setWithoutComment(answered, warns.slice(1));
    expect(decisionMissing(rest, evaluate(rest, defaultPolicy, TODAY))).toEqual([]);
    // Taking the choice back asks again.
    expect(decisionMissing(setWithoutComment(rest, []), ev).length).toBe(1);
  });
});
