// The wizard factory with a kind of its own: four steps, one gate, a signer. What the camera wizard's tests
// check for nine steps holds here for a kind the engine has never seen.
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createWizardMachine } from '../../../src/engine/machine';
import type { WizardKind } from '../../../src/engine/machine';

type Step = 'intro' | 'details' | 'review' | 'decision';
interface Doc {
  step: Step;
  name: string;
  reason: string;
  signedBy: string | null;
}
interface Toy {
  doc: Doc;
  step: Step;
  evaluation: { missing: string[] };
  extra: { today: string };
  event: { type: 'name.set'; name: string } | { type: 'reason.set'; reason: string } | { type: 'reason.write' };
  signoffDraft: { by: string };
  signInput: { doc: Doc; by: string };
  signOutput: Doc;
  signed: string;
  input: { doc: Doc };
}

/** The toy's one rule: a details step without a reason stops on leaving. */
const noReason = (d: Doc) => d.reason === '';
let signer: (input: { doc: Doc; by: string }) => Promise<Doc> = async ({ doc, by }) => ({ ...doc, signedBy: by });

const toy: WizardKind<Toy, 'noReason'> = {
  steps: ['intro', 'details', 'review', 'decision'],
  review: 'review',
  decision: 'decision',
  stepOf: (d) => d.step,
  withStep: (d, step) => ({ ...d, step }),
  isSigned: (d) => d.signedBy !== null,
  open: ({ doc }) => ({ assessment: doc, extra: { today: '2026-12-06' }, reached: doc.step }),
  evaluate: (d) => ({ missing: d.name === '' ? ['name'] : [] }),
  editEvents: ['name.set', 'reason.set'],
  applyEdit: ({ assessment }, event) => {
    if (event.type === 'name.set') return { ...assessment, name: event.name };
    if (event.type === 'reason.set') return { ...assessment, reason: event.reason };
    return null;
  },
  predicates: { noReason: ({ assessment }) => noReason(assessment) },
  gates: { details: { when: 'noReason', view: 'stop', fix: { event: 'reason.write', view: 'writeReason' } } },
  canSign: ({ evaluation }, { by }) => evaluation.missing.length === 0 && by !== '',
  signInput: ({ assessment }, { by }) => ({ doc: assessment, by }),
  sign: (input) => signer(input),
  signedOf: (doc) => ({ assessment: doc, signed: `signed by ${doc.signedBy}` }),
};

const blank: Doc = { step: 'intro', name: '', reason: '', signedBy: null };

function start(doc: Doc = blank) {
  const saved: Doc[] = [];
  const exits: Doc[] = [];
  const machine = createWizardMachine(toy).provide({
    actions: {
      persist: (_, { assessment }) => void saved.push(assessment),
      exitToHome: (_, { assessment }) => void exits.push(assessment),
    },
  });
  const actor = createActor(machine, { input: { doc } }).start();
  return { actor, saved, exits, send: actor.send.bind(actor), snap: () => actor.getSnapshot() };
}

describe('a wizard generated from a kind', () => {
  it('reopens a draft on the step it was saved on, and a signed document locked', () => {
    expect(start({ ...blank, step: 'review' }).snap().value).toBe('review');
    const signed = start({ ...blank, step: 'review', signedBy: 'Rektor' }).snap();
    expect(signed.value).toBe('signed');
    expect(signed.hasTag('locked')).toBe(true);
  });

  it('records the step it enters in the document and saves it', () => {
    const w = start();
    w.send({ type: 'nav.next' });
    expect(w.snap().context.assessment.step).toBe('details');
    expect(w.saved.at(-1)?.step).toBe('details');
    w.send({ type: 'nav.back' });
    expect(w.snap().context.assessment.step).toBe('intro');
  });

  it("stops at the gate while the kind's predicate holds, and lets the user go on anyway", () => {
    const w = start({ ...blank, step: 'details' });
    w.send({ type: 'nav.next' });
    expect(w.snap().matches({ details: 'stop' })).toBe(true);
    w.send({ type: 'reason.write' });
    expect(w.snap().matches({ details: 'writeReason' })).toBe(true);
    w.send({ type: 'reason.set', reason: 'Prövat' });
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('review');

    const onward = start({ ...blank, step: 'details' });
    onward.send({ type: 'nav.next' });
    onward.send({ type: 'nav.next' });
    expect(onward.snap().value).toBe('review');
  });

  it('goes back from the review to a reached step and returns to the review with nav.next', () => {
    const w = start({ ...blank, step: 'review', reason: 'x' });
    expect(w.snap().can({ type: 'nav.goto', step: 'intro' })).toBe(true);
    w.send({ type: 'nav.goto', step: 'intro' });
    expect(w.snap().context.returnTo).toBe('review');
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('review');
  });

  it('never jumps past the furthest step reached', () => {
    const w = start();
    expect(w.snap().can({ type: 'nav.goto', step: 'review' })).toBe(false);
  });

  it('applies edits through the kind and evaluates after each', () => {
    const w = start();
    expect(w.snap().context.evaluation.missing).toEqual(['name']);
    w.send({ type: 'name.set', name: 'Skola' });
    expect(w.snap().context.evaluation.missing).toEqual([]);
    expect(w.saved.at(-1)?.name).toBe('Skola');
  });

  it('signs only when the kind allows it, freezes the document while signing, then locks', async () => {
    let release: () => void = () => {};
    signer = async ({ doc, by }) => {
      await new Promise<void>((resolve) => (release = resolve));
      return { ...doc, signedBy: by };
    };
    const w = start({ ...blank, step: 'decision' });
    expect(w.snap().can({ type: 'sign.submit', signoff: { by: 'Rektor' } })).toBe(false); // name missing
    w.send({ type: 'name.set', name: 'Skola' });
    w.send({ type: 'sign.submit', signoff: { by: 'Rektor' } });
    expect(w.snap().matches({ decision: 'signing' })).toBe(true);
    w.send({ type: 'name.set', name: 'Ändrad' });
    w.send({ type: 'nav.back' });
    expect(w.snap().context.assessment.name).toBe('Skola');
    release();
    await waitFor(w.actor, (s) => s.hasTag('locked'));
    expect(w.snap().context.signed).toBe('signed by Rektor');
    expect(w.saved.at(-1)?.signedBy).toBe('Rektor');
    w.send({ type: 'name.set', name: 'Efteråt' });
    expect(w.snap().context.assessment.name).toBe('Skola');
  });

  it('saves and leaves on draft.saveAndExit; a signed document leaves without saving', () => {
    const w = start({ ...blank, name: 'Skola' });
    w.send({ type: 'draft.saveAndExit' });
    expect(w.exits).toHaveLength(1);
    expect(w.saved).toHaveLength(1);
    const signed = start({ ...blank, signedBy: 'Rektor' });
    signed.send({ type: 'draft.saveAndExit' });
    expect(signed.exits).toHaveLength(1);
    expect(signed.saved).toHaveLength(0);
  });
});
