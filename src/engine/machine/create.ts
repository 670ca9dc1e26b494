// The wizard generated from a kind's ordered steps: resume, one state per step, the review with its detour,
// the decision with its signing, and the locked signed state. What differs per kind comes in as data and
// functions (WizardKind); a step's own sub-flow (camera's list and open camera) as an extra state config.
import type { StateMachine, StateValue } from 'xstate';
import { stepOrder, wizardSetup } from './setup';
import type { EngineContext, WizardContextOf, WizardEventOf, WizardKind, WizardTypes } from './types';

export type WizardSetup<T extends WizardTypes, P extends string> = ReturnType<typeof wizardSetup<T, P>>;

/**
 * The generated states, as plain data. xstate types a transition map by the event union's `type`s, which it
 * cannot resolve while the kind is a type parameter; so the tree is built in this shape and handed to
 * createMachine once (below). A kind's own sub-flow is typed fully where the kind writes it.
 */
interface StateSpec {
  entry?: unknown;
  tags?: string[];
  initial?: unknown;
  always?: readonly object[];
  on?: object;
  states?: object;
  invoke?: object;
}

/** A machine whose state value is xstate's general StateValue (`matches` takes any state of the tree). */
type Generated<M> =
  M extends StateMachine<infer C, infer E, infer Ch, infer A, infer Ac, infer G, infer D, infer _V, infer Tag, infer I, infer O, infer Em, infer Me, infer Sc, infer Tm>
    ? StateMachine<C, E, Ch, A, Ac, G, D, StateValue, Tag, I, O, Em, Me, Sc, Tm>
    : never;

/** The machine createWizardMachine makes for a kind. */
export type WizardMachine<T extends WizardTypes, P extends string = string> = ReturnType<typeof createWizardMachine<T, P>>;

/** Saves the document as it is after the preceding actions of the same transition. */
export const persist = {
  type: 'persist' as const,
  params: <T extends WizardTypes>({ context }: { context: EngineContext<T> }) => ({ assessment: context.assessment }),
};

/** A step's own sub-flow: its initial state, its states and the events it handles beside nav. */
export type StepExtension<T extends WizardTypes, P extends string> = (
  s: WizardSetup<T, P>,
) => Pick<Parameters<WizardSetup<T, P>['createStateConfig']>[0], 'initial' | 'states' | 'on'>;

export function createWizardMachine<T extends WizardTypes, P extends string>(
  kind: WizardKind<T, P>,
  extensions: Partial<Record<T['step'], StepExtension<T, P>>> = {},
) {
  type Context = WizardContextOf<T>;
  type Step = T['step'];
  const s = wizardSetup(kind);
  const order = stepOrder(kind.steps);
  const target = (step: Step) => `#wizard.${step}`;

  /** Entering a step records it in the document, so a stored draft reopens there, and saves if it moved. */
  const enterStep = (step: Step) =>
    s.enqueueActions(({ context, enqueue }) => {
      const reached = order.furthest(context.reached, step);
      const moved = kind.stepOf(context.assessment) !== step;
      if (reached === context.reached && !moved) return;
      const assessment = moved ? kind.withStep(context.assessment, step) : context.assessment;
      enqueue.assign(({ context: now }): Context => ({ ...now, reached, assessment }));
      if (moved) enqueue({ type: 'persist', params: { assessment } });
    });
  /** nav.next: back to the review when the user came from there, else to the next step. */
  const forward = (next: Step) => [{ guard: 'returnToReview' as const, target: target(kind.review) }, { target: target(next) }];
  /** nav.back: the previous step; a detour from the review ends here. */
  const back = (prev: Step) => ({ target: target(prev), actions: 'clearReturnTo' as const });
  const nav = (i: number) => {
    const prev = kind.steps[i - 1];
    const next = kind.steps[i + 1];
    return {
      ...(next === undefined ? {} : { 'nav.next': forward(next) }),
      ...(prev === undefined ? {} : { 'nav.back': back(prev) }),
    };
  };

  /** A form step, stopped on leaving while its gate's predicate holds. */
  const formStep = (step: Step, i: number): StateSpec => {
    const gate = kind.gates?.[step];
    const next = kind.steps[i + 1];
    const extension: StateSpec | undefined = extensions[step]?.(s);
    const base = { entry: enterStep(step), on: { ...nav(i), ...extension?.on } };
    if (gate === undefined || next === undefined) return { ...extension, ...base };
    const leave = { on: { 'nav.next': [{ guard: gate.when, target: gate.view }, ...forward(next)] } };
    return {
      ...base,
      initial: 'form',
      states: {
        form: leave,
        ...(gate.fix ? { [gate.fix.view]: leave } : {}),
        [gate.view]: {
          on: {
            // Going on is allowed: the outcome says what the gate said anyway.
            'nav.next': forward(next),
            'nav.back': 'form',
            ...(gate.fix ? { [gate.fix.event]: gate.fix.view } : {}),
          },
        },
      },
    };
  };

  // While the signature is being made nothing may change the document it covers, nor leave the step.
  const frozen = Object.fromEntries(
    [...kind.editEvents, 'nav.back', 'nav.goto', 'draft.saveAndExit', 'sign.submit'].map((type) => [type, {}]),
  );
  type Submit = { type: 'sign.submit'; signoff: T['signoffDraft'] };
  const isSubmit = (event: WizardEventOf<T>): event is Submit => event.type === 'sign.submit' && 'signoff' in event;

  const decisionStep = (i: number): StateSpec => ({
    entry: enterStep(kind.decision),
    initial: 'editing',
    on: nav(i),
    states: {
      editing: { on: { 'sign.submit': { guard: 'canSign', target: 'signing' } } },
      signing: {
        on: frozen,
        invoke: {
          id: 'sign',
          src: 'sign',
          input: ({ context, event }: { context: Context; event: WizardEventOf<T> }) => {
            if (!isSubmit(event)) throw new Error(`signing started by ${event.type}`);
            return kind.signInput(context, event.signoff);
          },
          onDone: {
            target: '#wizard.signed',
            actions: [
              { type: 'storeSigned', params: ({ event }: { event: { output: T['signOutput'] } }) => kind.signedOf(event.output) },
              // The record made at signing goes with the first save of the signed document.
              { type: 'persist', params: ({ context }: { context: Context }) => ({ assessment: context.assessment, ...(context.signed === null ? {} : { signed: context.signed }) }) },
            ],
          },
          onError: {
            target: 'editing',
            actions: { type: 'storeSignError', params: ({ event }: { event: { error: unknown } }) => ({ error: event.error }) },
          },
        },
      },
    },
  });

  const stepStates = Object.fromEntries(
    kind.steps.map((step, i): [string, StateSpec] => {
      if (step === kind.review) return [step, { entry: [enterStep(step), 'clearReturnTo'], on: nav(i) }];
      if (step === kind.decision) return [step, decisionStep(i)];
      return [step, formStep(step, i)];
    }),
  );
  const edits = Object.fromEntries(kind.editEvents.map((type) => [type, { guard: 'canEdit' as const, actions: ['applyEdit' as const, persist] }]));

  const config = {
    id: 'wizard',
    context: ({ input }: { input: T['input'] }) => {
      const { assessment, extra, reached } = kind.open(input);
      const signed = kind.isSigned(assessment);
      const base: EngineContext<T> = { assessment, evaluation: undefined, reached: signed ? kind.decision : reached, returnTo: null, signError: null, signed: null };
      const context: Context = { ...extra, ...base };
      return { ...context, evaluation: kind.evaluate(assessment, context) };
    },
    initial: 'resume',
    on: {
      ...edits,
      'nav.goto': kind.steps.map((step) => ({
        guard: { type: 'canGoTo' as const, params: { step } },
        target: target(step),
        actions: [{ type: 'setReturnTo' as const, params: { step } }],
      })),
      'draft.saveAndExit': [
        { guard: 'editable', actions: [persist, { type: 'exitToHome', params: persist.params }] },
        { actions: { type: 'exitToHome', params: persist.params } },
      ],
    },
    states: {
      /** A signed document opens locked; a draft reopens at the step it was left on. */
      resume: {
        always: [
          { guard: 'signed', target: 'signed' },
          ...kind.steps.map((step) => ({ guard: { type: 'savedAt' as const, params: { step } }, target: step })),
        ],
      },
      ...stepStates,
      /** Locked: no answer is accepted any more; a change starts a new version. */
      signed: { tags: ['locked'] },
    },
  };
  // The generated tree (StateSpec) handed to xstate as the config it checks for a concrete kind; a generated
  // tree has no literal shape to infer a state value from, so the machine's is xstate's general StateValue.
  const machine = s.createMachine(config as unknown as Parameters<typeof s.createMachine>[0]);
  return machine as unknown as Generated<typeof machine>;
}
