// The engine's guards, actions and actors for one kind. Effects are harmless stubs here; the composition
// root replaces them with `.provide()`, so the machine and its tests need no idb, jsPDF or Preact.
import { assign, fromPromise, setup } from 'xstate';
import type { EngineContext, SignedDecision, WizardContextOf, WizardEventOf, WizardKind, WizardNotice, WizardTypes } from './types';

/** The kind's step order, for "reached" and "earlier than". */
export function stepOrder<Step extends string>(steps: readonly Step[]) {
  const index = (step: Step) => steps.indexOf(step);
  return { index, furthest: (a: Step, b: Step): Step => (index(a) >= index(b) ? a : b) };
}

/** The kind's signing, or null when its decision is recorded instead. */
export function signingOf<T extends WizardTypes, P extends string>(kind: WizardKind<T, P>): SignedDecision<T> | null {
  return 'canSign' in kind ? kind : null;
}

/** What the kind's steps mean for one context: which apply now, which comes next or before, is it decided. */
function stepFacts<T extends WizardTypes, P extends string>(kind: WizardKind<T, P>) {
  type Context = WizardContextOf<T>;
  type Step = T['step'];
  const order = stepOrder(kind.steps);
  const signing = signingOf(kind);
  const now = (context: Context): readonly Step[] => kind.stepsNow?.(context) ?? kind.steps;
  return {
    now,
    /** The first step that applies now after `from` (which may itself have stopped applying). */
    nextOf: (context: Context, from: Step): Step | undefined => now(context).find((s) => order.index(s) > order.index(from)),
    previousOf: (context: Context, from: Step): Step | undefined =>
      now(context).findLast((s) => order.index(s) < order.index(from)),
    /** Signed (in the document or in this session) or, for a recorded decision, recorded. */
    decided: (context: Context): boolean => context.signed !== null || (signing?.isSigned(context.assessment) ?? false),
  };
}

export function wizardSetup<T extends WizardTypes, P extends string>(kind: WizardKind<T, P>) {
  type Context = WizardContextOf<T>;
  type Event = WizardEventOf<T>;
  const order = stepOrder(kind.steps);
  const facts = stepFacts(kind);
  const signing = signingOf(kind);
  const record = 'canRecord' in kind ? kind : null;
  const decided = facts.decided;
  // A signed document takes no answer; after a recorded decision the kind's applyEdit says what may change.
  const closed = (context: Context) => signing !== null && decided(context);
  const editTypes = new Set(kind.editEvents);
  const isEdit = (event: Event): event is T['event'] => editTypes.has(event.type);
  // The whole context back from every assign: xstate cannot check a partial one against a generic context.
  const patch = (context: Context, change: Partial<EngineContext<T>>): Context => ({ ...context, ...change });
  const withAssessment = (context: Context, assessment: T['doc']): Context => {
    const next = patch(context, { assessment });
    return patch(next, { evaluation: kind.evaluate(assessment, next) });
  };
  const isDay = (event: Event): event is { type: 'clock.today'; today: string } => event.type === 'clock.today' && 'today' in event;
  const newDay = (context: Context, event: Event): boolean => isDay(event) && event.today !== context.today;
  const onDay = (context: Context, today: string): Context => withAssessment({ ...context, today }, context.assessment);
  /** The list entry a save would store reads differently on the new day (JSON: the shape is the kind's own). */
  const storedChanges = (context: Context, today: string): boolean =>
    kind.storedBeside !== undefined && JSON.stringify(kind.storedBeside(context)) !== JSON.stringify(kind.storedBeside(onDay(context, today)));
  const predicateGuards = Object.fromEntries(
    Object.entries<(context: Context) => boolean>(kind.predicates).map(([name, holds]) => [
      name,
      ({ context }: { context: Context }) => holds(context),
    ]),
  );

  return setup({
    types: {
      context: {} as Context,
      events: {} as Event,
      input: {} as T['input'],
      tags: {} as 'locked' | 'decided',
      emitted: {} as WizardNotice<T>,
    },
    guards: {
      ...predicateGuards,
      editable: ({ context }) => !decided(context),
      signed: ({ context }) => decided(context),
      /** The page's clock has moved on to another day than the rules judge by. */
      newDay: ({ context, event }) => newDay(context, event),
      /**
       * A new day on which an editable document's stored list entry would read differently: only then is it saved
       * again. A signed or decided document is never written because the day changed.
       */
      newDayChangesStored: ({ context, event }) =>
        isDay(event) && newDay(context, event) && !decided(context) && storedChanges(context, event.today),
      /** The edit applies to the document as it is (path exists, id known, not locked). */
      canEdit: ({ context, event }) => isEdit(event) && !closed(context) && kind.applyEdit(context, event) !== null,
      /** The step it opens on: the one the document was left on, or the one the address names. */
      opensAt: ({ context }, params: { step: T['step'] }) => context.current === params.step,
      returnToReview: ({ context }) => context.returnTo === kind.review,
      /** The step that applies now after (or before) `from` is `to`: the step list follows the answers. */
      nextIs: ({ context }, params: { from: T['step']; to: T['step'] }) => facts.nextOf(context, params.from) === params.to,
      previousIs: ({ context }, params: { from: T['step']; to: T['step'] }) =>
        facts.previousOf(context, params.from) === params.to,
      /** Back to a step already reached that applies now, or anywhere from the review; never once decided. */
      canGoTo: ({ context, event }, params: { step: T['step'] }) => {
        if (event.type !== 'nav.goto' || !('step' in event) || event.step !== params.step) return false;
        const { current } = context;
        if (decided(context) || params.step === current || !facts.now(context).includes(params.step)) return false;
        return current === kind.review || order.index(params.step) <= order.index(context.reached);
      },
      /** The kind allows a signature (its domain decides) and the document is not signed yet. */
      canSign: ({ context, event }) =>
        event.type === 'sign.submit' &&
        'signoff' in event &&
        signing !== null &&
        !decided(context) &&
        signing.canSign(context, event.signoff),
      /** The kind allows its decision to be recorded now, and it is not recorded yet. */
      canRecord: ({ context }) => record !== null && !decided(context) && record.canRecord(context),
    },
    actions: {
      applyEdit: assign(({ context, event }) => {
        const next = isEdit(event) && !closed(context) ? kind.applyEdit(context, event) : null;
        return next ? withAssessment(context, next) : context;
      }),
      /** The day the rules judge by, and the verdict on it. */
      moveToday: assign(({ context, event }) => (isDay(event) ? onDay(context, event.today) : context)),
      /** Saves the document; the edge debounces. */
      persist: (_, _params: { assessment: T['doc']; signed?: T['signed'] }) => {},
      /** Leaves the wizard for the home screen; the edge flushes the save first. */
      exitToHome: (_, _params: { assessment: T['doc'] }) => {},
      clearReturnTo: assign(({ context }) => patch(context, { returnTo: null })),
      setReturnTo: assign(({ context }, params: { step: T['step'] }) =>
        patch(context, {
          returnTo:
            context.current === kind.review && order.index(params.step) < order.index(kind.review)
              ? kind.review
              : null,
        }),
      ),
      storeSigned: assign(({ context }, params: { assessment: T['doc']; signed: T['signed'] | null }) =>
        patch(withAssessment(context, params.assessment), { signed: params.signed, reached: kind.decision, signError: null }),
      ),
      /** The decision as recorded: the record and the document it was made on. */
      storeRecord: assign(({ context, event }) => {
        if (record === null || event.type !== 'decision.record' || !('on' in event)) return context;
        const made = record.recordOf(context, event.on);
        return patch(withAssessment(context, made.assessment), { signed: made.signed, reached: kind.decision });
      }),
      storeSignError: assign(({ context }, params: { error: unknown }) => patch(context, { signError: errorText(params.error) })),
    },
    actors: {
      sign: fromPromise<T['signOutput'], T['signInput']>(({ input }) => {
        if (signing === null) throw new Error('this kind records its decision; it is never signed');
        return signing.sign(input);
      }),
    },
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
