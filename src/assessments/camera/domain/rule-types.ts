// What a rule is: data plus a pure test, so the rulebook can be listed, documented and tested one by one.
import type { Assessment, Camera, Finding, IsoDate, Outcome, Policy, Regime, Severity, Source, StepId, Text } from './types';

export interface ActiveCamera {
  camera: Camera;
  /** Position in assessment.cameras, for field paths. */
  index: number;
}

export interface RuleContext {
  assessment: Assessment;
  policy: Policy;
  today: IsoDate;
  /** The decision date, or today when it is not given yet. */
  decisionDate: IsoDate;
  regime: Regime;
  /** Cameras whose surveillance has not ended. */
  cameras: ActiveCamera[];
}

/** One place where a rule holds. */
export interface Hit {
  /** Dotted path of the field that fixes it, e.g. 'cameras.2.sound'. */
  field: string;
  cameraId?: string;
  /** Another row the hit concerns (a measure, a group informed); goes into the finding key. */
  itemId?: string;
  /** The required answer is not given yet: reported in `missing`, not as a finding. */
  unanswered?: boolean;
  /** A short clause for the explanation, e.g. "den filmar ett omklädningsrum". */
  reason?: Text;
}

export interface Rule {
  /** Stable forever: justifications and archived PDFs refer to it. */
  id: string;
  severity: Severity;
  step: StepId;
  perCamera: boolean;
  test: (ctx: RuleContext) => Hit[];
  message: Text;
  source: Source;
  checked: IsoDate;
  /** Path template of the field concerned, e.g. 'cameras.*.sound'. */
  field: string;
  /** Marked unverified in the domain brief: show it as guidance, not as law. */
  unverified?: boolean;
  /** The outcome a finding of this rule leads to, when not the severity's own (block → blocked, escalate → escalate). */
  leadsTo?: Outcome;
  /** A short clause for the explanation when the hit gives none. */
  reason?: Text;
}

/** A finding with the rule and hit it came from, for the explanation. */
export interface Traced {
  finding: Finding;
  rule: Rule;
  hit: Hit;
}
