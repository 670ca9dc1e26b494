// Starting the wizard in tests with recording stubs for its effects.
import { createActor, fromPromise } from 'xstate';
import { defaultPolicy, emptyAssessment } from '../../../src/assessments/camera/domain';
import type { Assessment, Policy } from '../../../src/assessments/camera/domain';
import { wizardMachine } from '../../../src/assessments/camera/machine';
import type { SignInput, SignOutput } from '../../../src/assessments/camera/machine';

export const TODAY = '2026-03-02';

export function draft(change: (a: Assessment) => Assessment = (a) => a): Assessment {
  return change(emptyAssessment('assessment-1', new Date('2026-03-01T09:00:00Z')));
}

interface StartOptions {
  policy?: Policy;
  sign?: (input: SignInput) => Promise<SignOutput | Assessment>;
}

export function start(assessment: Assessment = draft(), options: StartOptions = {}) {
  const saved: Assessment[] = [];
  const exits: Assessment[] = [];
  const { sign } = options;
  const machine = wizardMachine.provide({
    actions: {
      persist: (_, { assessment: a }) => void saved.push(a),
      exitToHome: (_, { assessment: a }) => void exits.push(a),
    },
    actors: sign ? { sign: fromPromise<SignOutput | Assessment, SignInput>(({ input }) => sign(input)) } : {},
  });
  const actor = createActor(machine, {
    input: { assessment, policy: options.policy ?? defaultPolicy, today: TODAY },
  }).start();
  return {
    actor,
    saved,
    exits,
    send: actor.send.bind(actor),
    snap: () => actor.getSnapshot(),
    doc: () => actor.getSnapshot().context.assessment,
  };
}

/** The value at a dotted path ('cameras.0.location'), for asserting answers survive. */
export function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}
