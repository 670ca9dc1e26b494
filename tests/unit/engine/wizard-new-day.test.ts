// clock.today for a kind the engine has never seen: its list entry names the day, so every new day would change
// what a save stores. A draft is saved for it; a document being signed or signed never is.
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createWizardMachine } from '../../../src/engine/machine';
import type { WizardKind } from '../../../src/engine/machine';

type Step = 'form' | 'review' | 'decision';
interface Doc {
  step: Step;
  due: string;
  signedBy: string | null;
}
interface Dated {
  doc: Doc;
  step: Step;
  evaluation: { overdue: boolean };
  extra: { today: string };
  event: { type: 'due.set'; due: string };
  signoffDraft: { by: string };
  signInput: { doc: Doc; by: string };
  signOutput: Doc;
  signed: string;
  input: { doc: Doc; today: string };
}

let release: (() => void) | null = null;
const dated: WizardKind<Dated> = {
  steps: ['form', 'review', 'decision'],
  review: 'review',
  decision: 'decision',
  stepOf: (d) => d.step,
  withStep: (d, step) => ({ ...d, step }),
  isSigned: (d) => d.signedBy !== null,
  open: ({ doc, today }) => ({ assessment: doc, extra: { today }, reached: doc.step }),
  evaluate: (d, { today }) => ({ overdue: d.due !== '' && d.due < today }),
  storedBeside: ({ today }) => ({ judgedOn: today }),
  editEvents: ['due.set'],
  applyEdit: ({ assessment }, event) => ({ ...assessment, due: event.due }),
  predicates: {},
  canSign: (_, { by }) => by !== '',
  signInput: ({ assessment }, { by }) => ({ doc: assessment, by }),
  // Signing waits for the test to release it, so a day can begin while the signature is being made.
  sign: ({ doc, by }) => new Promise((done) => (release = () => done({ ...doc, signedBy: by }))),
  signedOf: (doc) => ({ assessment: doc, signed: `signed by ${doc.signedBy}` }),
};

function start(doc: Doc) {
  const saved: Doc[] = [];
  const machine = createWizardMachine(dated).provide({ actions: { persist: (_, { assessment }) => void saved.push(assessment) } });
  const actor = createActor(machine, { input: { doc, today: '2026-12-06' } }).start();
  return { actor, saved, send: actor.send.bind(actor), snap: () => actor.getSnapshot() };
}

const draft: Doc = { step: 'decision', due: '2026-12-06', signedBy: null };

describe('a new day in a generated wizard', () => {
  it('judges by the new day and saves a draft once for it', () => {
    const w = start(draft);
    expect(w.snap().context.evaluation.overdue).toBe(false);
    w.send({ type: 'clock.today', today: '2026-12-07' });
    w.send({ type: 'clock.today', today: '2026-12-07' });
    expect(w.snap().context.evaluation.overdue).toBe(true);
    expect(w.saved).toEqual([draft]);
  });

  it('never saves a signed document for a new day', () => {
    const signed = { ...draft, signedBy: 'Rektor' };
    const w = start(signed);
    w.send({ type: 'clock.today', today: '2026-12-07' });
    expect(w.snap().context.today).toBe('2026-12-07');
    expect(w.snap().context.assessment).toBe(signed);
    expect(w.saved).toEqual([]);
  });

  it('saves nothing for a day that begins while the signature is made; the signed document is saved once', async () => {
    const w = start(draft);
    w.send({ type: 'sign.submit', signoff: { by: 'Rektor' } });
    expect(w.snap().matches({ decision: 'signing' })).toBe(true);
    w.send({ type: 'clock.today', today: '2026-12-07' });
    expect(w.saved).toEqual([]);
    release?.();
    await waitFor(w.actor, (s) => s.matches('signed'));
    w.send({ type: 'clock.today', today: '2026-12-08' });
    expect(w.saved).toEqual([{ ...draft, signedBy: 'Rektor' }]);
    expect(w.snap().context.today).toBe('2026-12-08');
  });
});
