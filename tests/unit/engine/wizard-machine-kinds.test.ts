// The wizard factory with a kind unlike the camera: its step lives in the address (never in the document),
// one of its steps comes and goes with an answer, and its decision is recorded on the review, not signed.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createWizardMachine } from '../../../src/engine/machine';
import type { WizardKind } from '../../../src/engine/machine';

type Step = 'intro' | 'pets' | 'details' | 'review';
interface Doc {
  name: string;
  hasPets: boolean;
  petName: string;
  /** Follow-up that may change after the decision. */
  followUp: string;
}
interface Recorded {
  doc: Doc;
  step: Step;
  evaluation: { missing: string[] };
  extra: { today: string };
  event: { type: 'answer.set'; field: keyof Doc; value: string | boolean };
  signoffDraft: never;
  signInput: never;
  signOutput: never;
  /** The date the decision was recorded. */
  signed: string;
  input: { doc: Doc; step: Step; decidedOn: string | null };
}

const STEPS: readonly Step[] = ['intro', 'pets', 'details', 'review'];
const missingOf = (d: Doc) => [...(d.name === '' ? ['name'] : []), ...(d.hasPets && d.petName === '' ? ['petName'] : [])];

const toy: WizardKind<Recorded, 'nameMissing'> = {
  steps: STEPS,
  stepsNow: ({ assessment }) => STEPS.filter((s) => s !== 'pets' || assessment.hasPets),
  review: 'review',
  decision: 'review',
  open: ({ doc, step, decidedOn }) => ({ assessment: doc, extra: { today: '2026-12-06' }, reached: 'review', step, signed: decidedOn }),
  evaluate: (d) => ({ missing: missingOf(d) }),
  editEvents: ['answer.set'],
  applyEdit: ({ assessment, signed }, { field, value }) => {
    if (signed !== null && field !== 'followUp') return null; // decided answers change only in a new version
    return typeof value === typeof assessment[field] ? { ...assessment, [field]: value } : null;
  },
  predicates: { nameMissing: ({ assessment }) => assessment.name === '' },
  gates: { intro: { when: 'nameMissing', view: 'gaps' } },
  canRecord: ({ evaluation }) => evaluation.missing.length === 0,
  recordOf: ({ assessment }, on) => ({ assessment, signed: on }),
};

const blank: Doc = { name: '', hasPets: false, petName: '', followUp: '' };

function start(doc: Doc = blank, step: Step = 'intro', decidedOn: string | null = null) {
  const saved: { assessment: Doc; signed?: string }[] = [];
  const machine = createWizardMachine(toy).provide({
    actions: { persist: (_, params) => void saved.push(params) },
  });
  const actor = createActor(machine, { input: { doc, step, decidedOn } }).start();
  return { saved, send: actor.send.bind(actor), snap: () => actor.getSnapshot() };
}

describe('a wizard whose step lives in the address', () => {
  it('starts on the step the address names and moves with nav.goto', () => {
    const w = start({ ...blank, name: 'Skola' }, 'details');
    expect(w.snap().value).toBe('details');
    w.send({ type: 'nav.goto', step: 'intro' });
    expect(w.snap().matches('intro')).toBe(true);
    expect(w.snap().context.current).toBe('intro');
  });

  it('never writes the step into the document nor saves for a step change', () => {
    const w = start({ ...blank, name: 'Skola' });
    w.send({ type: 'nav.next' });
    w.send({ type: 'nav.next' });
    w.send({ type: 'nav.back' });
    expect(w.snap().context.assessment).toEqual({ ...blank, name: 'Skola' });
    expect(w.saved).toEqual([]);
  });

  it("gates a step on the kind's predicate as a stored-step kind does", () => {
    const w = start();
    w.send({ type: 'nav.next' });
    expect(w.snap().matches({ intro: 'gaps' })).toBe(true);
    w.send({ type: 'nav.back' });
    w.send({ type: 'answer.set', field: 'name', value: 'Skola' });
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('details');
  });
});

describe('a wizard whose steps come and go with the answers', () => {
  it('skips a step that does not apply, and takes it once an answer makes it apply', () => {
    const w = start({ ...blank, name: 'Skola' });
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('details');
    w.send({ type: 'nav.back' });
    expect(w.snap().matches('intro')).toBe(true);
    w.send({ type: 'answer.set', field: 'hasPets', value: true });
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('pets');
    w.send({ type: 'nav.next' });
    w.send({ type: 'nav.back' });
    expect(w.snap().value).toBe('pets');
  });

  it('goes on from a step that stopped applying to the next that applies', () => {
    const w = start({ ...blank, name: 'Skola', hasPets: true }, 'pets');
    w.send({ type: 'answer.set', field: 'hasPets', value: false });
    w.send({ type: 'nav.next' });
    expect(w.snap().value).toBe('details');
  });

  it('refuses nav.goto to a step that does not apply now', () => {
    const w = start({ ...blank, name: 'Skola' }, 'review');
    expect(w.snap().can({ type: 'nav.goto', step: 'pets' })).toBe(false);
    expect(w.snap().can({ type: 'nav.goto', step: 'details' })).toBe(true);
  });
});

describe('a wizard whose decision is recorded, not signed', () => {
  it('records the decision on the review only when the kind allows it, and saves the record with the document', () => {
    const w = start(blank, 'review');
    expect(w.snap().can({ type: 'decision.record', on: '2026-12-06' })).toBe(false);
    w.send({ type: 'answer.set', field: 'name', value: 'Skola' });
    // Recorded on the date the page says (the page may have stayed open past midnight).
    w.send({ type: 'decision.record', on: '2026-12-07' });
    expect(w.snap().value).toBe('decided');
    expect(w.snap().hasTag('decided')).toBe(true);
    expect(w.snap().context.signed).toBe('2026-12-07');
    expect(w.saved.at(-1)).toEqual({ assessment: { ...blank, name: 'Skola' }, signed: '2026-12-07' });
  });

  it('has no signing: sign.submit does nothing', () => {
    const w = start({ ...blank, name: 'Skola' }, 'review');
    expect(w.snap().can({ type: 'sign.submit', signoff: undefined as never })).toBe(false);
  });

  it('opens decided; the decided answers stay, the follow-up the kind allows still changes', () => {
    const w = start({ ...blank, name: 'Skola' }, 'details', '2026-11-01');
    expect(w.snap().value).toBe('decided');
    w.send({ type: 'answer.set', field: 'name', value: 'Annan' });
    w.send({ type: 'answer.set', field: 'followUp', value: 'Avslutad' });
    expect(w.snap().context.assessment).toEqual({ ...blank, name: 'Skola', followUp: 'Avslutad' });
    expect(w.saved).toHaveLength(1);
    expect(w.snap().can({ type: 'decision.record', on: '2026-12-06' })).toBe(false);
  });
});
