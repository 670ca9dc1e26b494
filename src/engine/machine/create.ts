// The wizard generated from a kind's ordered steps: resume, one state per step, the review with its detour,
// the decision with its signing (the locked signed state) or its recording (the decided state). What differs
// per kind comes in as data and functions (WizardKind); a step's own sub-flow (camera's list and open camera)
// as an extra state config.
import type { StateMachine, StateValue } from 'xstate';
import { signingOf, stepOrder, wizardSetup } from './setup';
import type { EngineContext, SignedDecision, WizardContextOf, WizardEventOf, WizardKind, WizardTypes } from './types';

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
  const signing = signingOf(kind);
  const { stepOf, withStep } = kind;
  const target = (step: Step) => `#wizard.${step}`;

  /**
   * Entering a step makes it the current one and, for a kind that stores its step, records it in the document
   * (so a stored draft reopens there) and saves if it moved. A kind whose step is in the address stores nothing.
   */
  const enterStep = (step: Step) =>
    s.enqueueActions(({ context, enqueue }) => {
      const reached = order.furthest(context.reached, step);
      const moved = stepOf !== undefined && stepOf(context.assessment) !== step;
      if (reached === context.reached && !moved && context.current === step) return;
      const assessment = moved && withStep !== undefined ? withStep(context.assessment, step) : context.assessment;
      enqueue.assign(({ context: now }): Context => ({ ...now, reached, assessment, current: step }));
      if (moved) enqueue({ type: 'persist', params: { assessment } });
    });
  /**
   * The transitions toward the steps after (or before) step i. A fixed list has one; a list that follows the
   * answers has one per later step, each guarded by "this is the step that applies next now".
   */
  const toward = (i: number, dir: 'next' | 'back') => {
    const step = kind.steps[i];
    const candidates = dir === 'next' ? kind.steps.slice(i + 1) : kind.steps.slice(0, i).reverse();
    if (kind.stepsNow === undefined || step === undefined) return candidates.slice(0, 1).map((to) => ({ target: target(to) }));
    const guard = dir === 'next' ? 'nextIs' : 'previousIs';
    return candidates.map((to) => ({ guard: { type: guard, params: { from: step, to } }, target: target(to) }));
  };
  /** nav.next: back to the review when the user came from there, else to the next step. */
  const forward = (i: number) => [{ guard: 'returnToReview' as const, target: target(kind.review) }, ...toward(i, 'next')];
  /** nav.back: the previous step; a detour from the review ends here. */
  const back = (i: number) => toward(i, 'back').map((t) => ({ ...t, actions: 'clearReturnTo' as const }));
  const nav = (i: number) => ({
    ...(i + 1 < kind.steps.length ? { 'nav.next': forward(i) } : {}),
    ...(i > 0 ? { 'nav.back': back(i) } : {}),
  });

  /** A form step, stopped on leaving while its gate's predicate holds. */
  const formStep = (step: Step, i: number): StateSpec => {
    const gate = kind.gates?.[step];
    const extension: StateSpec | undefined = extensions[step]?.(s);
    const base = { entry: enterStep(step), on: { ...nav(i), ...extension?.on } };
    if (gate === undefined || i + 1 >= kind.steps.length) return { ...extension, ...base };
    const leave = { on: { 'nav.next': [{ guard: gate.when, target: gate.view }, ...forward(i)] } };
    return {
      ...base,
      initial: 'form',
      states: {
        form: leave,
        ...(gate.fix ? { [gate.fix.view]: leave } : {}),
        [gate.view]: {
          on: {
            // Going on is allowed: the outcome says what the gate said anyway.
            'nav.next': forward(i),
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

  /** Saves the document with the record of the decision made in this transition (signed or recorded). */
  const persistWithRecord = {
    type: 'persist',
    params: ({ context }: { context: Context }) => ({ assessment: context.assessment, ...(context.signed === null ? {} : { signed: context.signed }) }),
  };

  const signedDecision = (i: number, signing: SignedDecision<T>): StateSpec => ({
    entry: enterStep(kind.decision),
    initial: 'editing',
    on: nav(i),
    states: {
      editing: { on: { 'sign.submit': { guard: 'canSign', target: 'signing' } } },
      signing: {
        // The day still moves on, but nothing is saved while the signature is made.
        on: { ...frozen, 'clock.today': { guard: 'newDay', actions: 'moveToday' } },
        invoke: {
          id: 'sign',
          src: 'sign',
          input: ({ context, event }: { context: Context; event: WizardEventOf<T> }) => {
            if (!isSubmit(event)) throw new Error(`signing started by ${event.type}`);
            return signing.signInput(context, event.signoff);
          },
          onDone: {
            target: '#wizard.signed',
            actions: [
              { type: 'storeSigned', params: ({ event }: { event: { output: T['signOutput'] } }) => signing.signedOf(event.output) },
              // The record made at signing goes with the first save of the signed document.
              persistWithRecord,
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

  /** decision.record where the decision is made: the record and the document are saved together. */
  const recording = {
    'decision.record': {
      guard: 'canRecord' as const,
      target: '#wizard.decided',
      actions: ['storeRecord' as const, persistWithRecord],
    },
  };
  const reviewStep = (step: Step, i: number): StateSpec => ({
    entry: [enterStep(step), 'clearReturnTo'],
    on: { ...nav(i), ...(signing === null && step === kind.decision ? recording : {}) },
  });
  const decisionStep = (step: Step, i: number): StateSpec => {
    if (signing !== null) return signedDecision(i, signing);
    const form = formStep(step, i);
    return { ...form, on: { ...form.on, ...recording } };
  };

  const stepStates = Object.fromEntries(
    kind.steps.map((step, i): [string, StateSpec] => {
      if (step === kind.review) return [step, reviewStep(step, i)];
      if (step === kind.decision) return [step, decisionStep(step, i)];
      return [step, formStep(step, i)];
    }),
  );
  const edits = Object.fromEntries(kind.editEvents.map((type) => [type, { guard: 'canEdit' as const, actions: ['applyEdit' as const, persist] }]));

  const config = {
    id: 'wizard',
    context: ({ input }: { input: T['input'] }) => {
      const opened = kind.open(input);
      const { assessment, extra } = opened;
      const decided = (signing?.isSigned(assessment) ?? false) || (opened.signed ?? null) !== null;
      const reached = decided ? kind.decision : opened.reached;
      const current = stepOf?.(assessment) ?? opened.step ?? kind.steps[0] ?? kind.review;
      const base: EngineContext<T> = { assessment, evaluation: undefined, reached, returnTo: null, signError: null, signed: opened.signed ?? null, current };
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
      // A page left open past midnight judges by the new day; see the guards for when that saves.
      'clock.today': [
        { guard: 'newDayChangesStored', actions: ['moveToday' as const, persist] },
        { guard: 'newDay' as const, actions: 'moveToday' as const },
      ],
      'draft.saveAndExit': [
        { guard: 'editable', actions: [persist, { type: 'exitToHome', params: persist.params }] },
        { actions: { type: 'exitToHome', params: persist.params } },
      ],
    },
    states: {
      /** A signed document opens locked, a decided one decided; a draft reopens at the step it was left on. */
      resume: {
        always: [
          { guard: 'signed', target: signing === null ? 'decided' : 'signed' },
          ...kind.steps.map((step) => ({ guard: { type: 'opensAt' as const, params: { step } }, target: step })),
        ],
      },
      ...stepStates,
      ...(signing === null
        ? /** Recorded: the decided answers change only in a new version; the kind's applyEdit keeps the follow-up open. */
          { decided: { tags: ['decided'] } }
        : /** Locked: no answer is accepted any more; a change starts a new version. */
          { signed: { tags: ['locked'] } }),
    },
  };
  // The generated tree (StateSpec) handed to xstate as the config it checks for a concrete kind; a generated
  // tree has no literal shape to infer a state value from, so the machine's is xstate's general StateValue.
  const machine = s.createMachine(config as unknown as Parameters<typeof s.createMachine>[0]);
  return machine as unknown as Generated<typeof machine>;
}
