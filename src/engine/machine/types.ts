// What a kind gives the wizard factory: its types, its ordered steps, and its rules as functions.
// The engine supplies everything else (navigation, the review detour, signing or recording, the locked state).
// Three things differ between kinds and are said here: where the step is kept (the document or the address),
// whether the steps come and go with the answers, and whether the decision is signed or recorded.
import type { EventObject } from 'xstate';

/** The types one kind's wizard works with, named once so every other type here takes a single parameter. */
export interface WizardTypes {
  /** The document the wizard edits. */
  doc: object;
  step: string;
  evaluation: unknown;
  /**
   * The kind's own context fields beside the engine's (the policy, an open item...), and `today`: the day its
   * date rules judge by, which `clock.today` moves on while the wizard stays open.
   */
  extra: { today: string };
  /** The kind's own events: its edits and the events of its steps' sub-flows. */
  event: EventObject;
  /** What the signer fills in; sign.submit carries it. */
  signoffDraft: unknown;
  signInput: unknown;
  signOutput: unknown;
  /** The record of exactly what was signed, or of the decision as recorded (its date). */
  signed: unknown;
  input: unknown;
}

export interface EngineContext<T extends WizardTypes> {
  assessment: T['doc'];
  /** The kind's verdict on the current answers, recomputed after every change. */
  evaluation: T['evaluation'];
  /** The furthest step reached; the stepper lets the user jump back to any step up to it. */
  reached: T['step'];
  /** The review step after a jump from it to an earlier step: nav.next then returns to the review. */
  returnTo: T['step'] | null;
  signError: string | null;
  /**
   * The record of what was signed in this session (null before, or for a document opened signed); for a kind
   * whose decision is recorded, the record of it, also when the document was opened decided.
   */
  signed: T['signed'] | null;
  /** The step the wizard is on: kept here whether or not the kind stores it in the document. */
  current: T['step'];
}

export type WizardContextOf<T extends WizardTypes> = EngineContext<T> & T['extra'];

export type NavEvent<Step extends string> = { type: 'nav.next' } | { type: 'nav.back' } | { type: 'nav.goto'; step: Step };

export type EngineEvent<T extends WizardTypes> =
  | NavEvent<T['step']>
  | { type: 'draft.saveAndExit' }
  | { type: 'sign.submit'; signoff: T['signoffDraft'] }
  /** `on`: the date the decision is recorded, from the page's clock (as signing stamps its own time). */
  | { type: 'decision.record'; on: string }
  /** The page's clock says another day has begun: the rules judge by it from now on. */
  | { type: 'clock.today'; today: string };

export type WizardEventOf<T extends WizardTypes> = EngineEvent<T> | T['event'];

/**
 * What the wizard tells the page that runs it: save this document, leave for the home screen. The machine
 * only names these effects (no-ops here); main.tsx provides them once, as these notices (`actor.on`).
 */
export type WizardNotice<T extends WizardTypes> =
  | { type: 'persist'; assessment: T['doc']; signed?: T['signed'] }
  | { type: 'exitToHome'; assessment: T['doc'] };

/**
 * A step that stops the user on leaving when one of the kind's predicates holds (camera: nothing tried yet).
 * The step's form is the state 'form'; the stop is `view`, from where nav.next goes on anyway and nav.back
 * returns to the form; `fix` names an event that opens the form again at the answer that lifts the stop.
 */
export interface StepGate<P extends string, EventType extends string> {
  when: P;
  view: string;
  fix?: { event: EventType; view: string };
}

/** A kind that keeps its step in the document: a stored draft reopens on the step it was left on. */
export interface StoredStep<T extends WizardTypes> {
  stepOf: (doc: T['doc']) => T['step'];
  withStep: (doc: T['doc'], step: T['step']) => T['doc'];
}

/**
 * A kind whose step is not part of its stored format (it lives in the address): the step to start on comes
 * with `open`, and the page moves the wizard with nav.goto when the address changes.
 */
export interface AddressedStep {
  stepOf?: never;
  withStep?: never;
}

/** A decision made by signing: the signer's form, the signing actor, and the locked signed state. */
export interface SignedDecision<T extends WizardTypes> {
  isSigned: (doc: T['doc']) => boolean;
  /** The domain allows a signature now and the signer's form is complete. */
  canSign: (context: WizardContextOf<T>, signoff: T['signoffDraft']) => boolean;
  signInput: (context: WizardContextOf<T>, signoff: T['signoffDraft']) => T['signInput'];
  /** Default signing; main.tsx may provide another. */
  sign: (input: T['signInput']) => Promise<T['signOutput']>;
  /** The signed document and, when the signer made one, the record of what was signed. */
  signedOf: (output: T['signOutput']) => { assessment: T['doc']; signed: T['signed'] | null };
}

/**
 * A decision that is recorded, not signed (decision.record, no signature): the wizard ends in 'decided'. What
 * may still change afterwards (follow-up answers) is the kind's to say: its applyEdit sees context.signed.
 */
export interface RecordedDecision<T extends WizardTypes> {
  isSigned?: never;
  /** The domain allows the decision to be recorded now. */
  canRecord: (context: WizardContextOf<T>) => boolean;
  /** The document and the record of the decision as it is made on that date. */
  recordOf: (context: WizardContextOf<T>, on: string) => { assessment: T['doc']; signed: T['signed'] };
}

interface KindCore<T extends WizardTypes, P extends string> {
  /** Every step the kind can have, in order; `review` and `decision` are two of them, the others are forms. */
  steps: readonly T['step'][];
  /**
   * The steps that apply to the answers now, in the same order (steps that come and go with answers); the
   * machine has a state for each of `steps`, navigation moves through these. Without it, all of `steps`.
   */
  stepsNow?: (context: WizardContextOf<T>) => readonly T['step'][];
  review: T['step'];
  /** Where the decision is made; a recorded decision may be made on the review itself. */
  decision: T['step'];
  /**
   * The kind's own context, the document it opens with, and the furthest step already reached; a kind that
   * does not store its step says where to start (`step`), and a recorded decision comes back as `signed`.
   */
  open: (input: T['input']) => {
    assessment: T['doc'];
    extra: T['extra'];
    reached: T['step'];
    step?: T['step'];
    signed?: T['signed'] | null;
  };
  evaluate: (doc: T['doc'], context: WizardContextOf<T>) => T['evaluation'];
  /**
   * What a save stores beside the document, judged on `context.today` (the list's summary). On a new day an
   * editable document is saved again only when this differs, so a day that changes nothing a list shows writes
   * nothing. Without it a new day never saves.
   */
  storedBeside?: (context: WizardContextOf<T>) => unknown;
  /** The kind's events that change the document: ignored once it is signed or being signed. */
  editEvents: readonly string[];
  /** The document after an edit, or null when the edit is refused or does not apply. */
  applyEdit: (context: WizardContextOf<T>, event: T['event']) => T['doc'] | null;
  /** The kind's domain predicates by name; gates name them, so no rule is written twice. */
  predicates: Record<P, (context: WizardContextOf<T>) => boolean>;
  gates?: Partial<Record<T['step'], StepGate<P, T['event']['type']>>>;
}

export type WizardKind<T extends WizardTypes, P extends string = string> = KindCore<T, P> &
  (StoredStep<T> | AddressedStep) &
  (SignedDecision<T> | RecordedDecision<T>);
