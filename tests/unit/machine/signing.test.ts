import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { busy, canGoTo, currentStep, isLocked, stepStatuses } from '../../../src/assessments/camera/machine';
import { facadeNight, signoffDraft } from './fixture';
import { draft, start } from './helpers';

const camera0 = (a: Assessment, change: Partial<Assessment['cameras'][number]>): Assessment => ({
  ...a,
  cameras: a.cameras.map((c, i) => (i === 0 ? { ...c, ...change } : c)),
});

describe('sign-off', () => {
  it('is refused while the assessment is incomplete', () => {
    const w = start(draft((a) => ({ ...a, step: 'decision' })));
    expect(w.snap().context.evaluation.signoffKind).toBeNull();
    expect(w.snap().can({ type: 'sign.submit', signoff: signoffDraft() })).toBe(false);
  });

  it('is refused while a hard rule holds (sound recording)', () => {
    const w = start(camera0(facadeNight(), { sound: 'yes' }));
    expect(w.snap().context.evaluation.findings.some((f) => f.severity === 'block')).toBe(true);
    w.send({ type: 'sign.submit', signoff: signoffDraft() });
    expect(w.snap().matches({ decision: 'editing' })).toBe(true);
    expect(w.doc().signoff).toBeNull();
  });

  it.each([
    ['the attestation is not ticked', { attested: false }],
    ['the name is empty', { name: '  ' }],
    ['the drawn signature is empty', { signature: { type: 'drawn', image: '' } }],
    ['the typed signature is empty', { signature: { type: 'typed', typedName: '' } }],
  ] as const)('is refused when %s', (_, change) => {
    const w = start(facadeNight());
    expect(w.snap().can({ type: 'sign.submit', signoff: signoffDraft(change) })).toBe(false);
  });

  it('signs what the domain allows, saves the signed document and locks it', async () => {
    const w = start(facadeNight());
    const kind = w.snap().context.evaluation.signoffKind;
    expect(kind).not.toBeNull();
    w.send({ type: 'sign.submit', signoff: signoffDraft() });
    expect(busy(w.snap())).toBe('signing');
    // Nothing changes the document while its signature is being made.
    w.send({ type: 'answer.set', path: 'school.schoolName', value: 'Annan skola' });
    await waitFor(w.actor, (s) => s.matches('signed'));

    const signed = w.doc();
    expect(signed.signoff).toMatchObject({ kind, name: 'Rektor Exempelsson', attested: true });
    expect(signed.signoff?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.school.schoolName).toBe(facadeNight().school.schoolName);
    expect(w.saved.at(-1)).toBe(signed);
    expect(isLocked(w.snap())).toBe(true);
    expect(currentStep(w.snap())).toBe('decision');
    expect(stepStatuses(w.snap()).every((s) => s.status !== 'current' && s.status !== 'unreached')).toBe(true);
  });

  it('ignores every answer and navigation once signed', async () => {
    const w = start(facadeNight());
    w.send({ type: 'sign.submit', signoff: signoffDraft() });
    await waitFor(w.actor, (s) => s.matches('signed'));
    const signed = w.doc();
    const saves = w.saved.length;
    const edits = [
      { type: 'answer.set', path: 'school.schoolName', value: 'Ändrad' },
      { type: 'item.add', list: 'cameras', id: 'new' },
      { type: 'justify.set', key: 'x', text: 'y' },
      { type: 'nav.goto', step: 'school' },
      { type: 'sign.submit', signoff: signoffDraft() },
    ] as const;
    for (const event of edits) {
      expect(w.snap().can(event)).toBe(false);
      w.send(event);
    }
    expect(w.doc()).toBe(signed);
    expect(w.saved).toHaveLength(saves);
    expect(canGoTo(w.snap(), 'school')).toBe(false);
    // Leaving is still possible; a signed document is not saved again.
    w.send({ type: 'draft.saveAndExit' });
    expect(w.exits).toEqual([signed]);
    expect(w.saved).toHaveLength(saves);
  });

  it('opens a signed assessment locked', () => {
    const stored: Assessment = {
      ...facadeNight(),
      signoff: { ...signoffDraft(), kind: 'decision', signedAt: '2026-03-02T10:00:00.000Z', fingerprint: 'ab' },
    };
    const w = start(stored);
    expect(w.snap().matches('signed')).toBe(true);
    expect(isLocked(w.snap())).toBe(true);
    expect(w.snap().can({ type: 'answer.set', path: 'school.schoolName', value: 'x' })).toBe(false);
  });

  it('stays on the decision with the error when signing fails', async () => {
    const w = start(facadeNight(), { sign: async () => Promise.reject(new Error('Ingen kryptering')) });
    w.send({ type: 'sign.submit', signoff: signoffDraft() });
    await waitFor(w.actor, (s) => s.matches({ decision: 'editing' }));
    expect(w.snap().context.signError).toBe('Ingen kryptering');
    expect(w.doc().signoff).toBeNull();
  });
});
