// The engine's guards, actions and actors for one kind. Effects are harmless stubs here; the composition
// root replaces them with `.provide()`, so the machine and its tests need no idb, jsPDF or Preact.
import { assign, fromPromise, setup } from 'xstate';
import type { EngineContext, WizardContextOf, WizardEventOf, WizardKind, WizardNotice, WizardTypes } from './types';

/** The kind's step order, for "reached" and "earlier than". */
export function stepOrder<Step extends string>(steps: readonly Step[]) {
  const index = (step: Step) => steps.indexOf(step);
  return { index, furthest: (a: Step, b: Step): Step => (index(a) >= index(b) ? a : b) };
}

export function wizardSetup<T extends WizardTypes, P extends string>(kind: WizardKind<T, P>) {
  type Context = WizardContextOf<T>;
  type Event = WizardEventOf<T>;
  const order = stepOrder(kind.steps);
  const editTypes = new Set(kind.editEvents);
  const isEdit = (event: Event): event is T['event'] => editTypes.has(event.type);
  // The whole context back from every assign: xstate cannot check a partial one against a generic context.
  const patch = (context: Context, change: Partial<EngineContext<T>>): Context => ({ ...context, ...change });
  const withAssessment = (context: Context, assessment: T['doc']): Context => {
    const next = patch(context, { assessment });
    return patch(next, { evaluation: kind.evaluate(assessment, next) });
  };
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
      tags: {} as 'locked',
      emitted: {} as WizardNotice<T>,
    },
    guards: {
      ...predicateGuards,
      editable: ({ context }) => !kind.isSigned(context.assessment),
      signed: ({ context }) => kind.isSigned(context.assessment),
      /** The edit applies to the document as it is (path exists, id known, not locked). */
      canEdit: ({ context, event }) =>
        isEdit(event) && !kind.isSigned(context.assessment) && kind.applyEdit(context, event) !== null,
      savedAt: ({ context }, params: { step: T['step'] }) => kind.stepOf(context.assessment) === params.step,
      returnToReview: ({ context }) => context.returnTo === kind.review,
      /** Back to a step already reached, or anywhere from the review; never while signed. */
      canGoTo: ({ context, event }, params: { step: T['step'] }) => {
        if (event.type !== 'nav.goto' || !('step' in event) || event.step !== params.step) return false;
        const current = kind.stepOf(context.assessment);
        if (kind.isSigned(context.assessment) || params.step === current) return false;
        return current === kind.review || order.index(params.step) <= order.index(context.reached);
      },
      /** The kind allows a signature (its domain decides) and the document is not signed yet. */
      canSign: ({ context, event }) =>
        event.type === 'sign.submit' &&
        'signoff' in event &&
        !kind.isSigned(context.assessment) &&
        kind.canSign(context, event.signoff),
    },
    actions: {
      applyEdit: assign(({ context, event }) => {
        const next = isEdit(event) && !kind.isSigned(context.assessment) ? kind.applyEdit(context, event) : null;
        return next ? withAssessment(context, next) : context;
      }),
      /** Saves the document; the edge debounces. */
      persist: (_, _params: { assessment: T['doc']; signed?: T['signed'] }) => {},
      /** Leaves the wizard for the home screen; the edge flushes the save first. */
      exitToHome: (_, _params: { assessment: T['doc'] }) => {},
      clearReturnTo: assign(({ context }) => patch(context, { returnTo: null })),
      setReturnTo: assign(({ context }, params: { step: T['step'] }) =>
        patch(context, {
          returnTo:
            kind.stepOf(context.assessment) === kind.review && order.index(params.step) < order.index(kind.review)
              ? kind.review
              : null,
        }),
      ),
      storeSigned: assign(({ context }, params: { assessment: T['doc']; signed: T['signed'] | null }) =>
        patch(withAssessment(context, params.assessment), { signed: params.signed, reached: kind.decision, signError: null }),
      ),
      storeSignError: assign(({ context }, params: { error: unknown }) => patch(context, { signError: errorText(params.error) })),
    },
    actors: {
      sign: fromPromise<T['signOutput'], T['signInput']>(({ input }) => kind.sign(input)),
    },
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
