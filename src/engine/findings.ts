// What the shared wizard parts show of a kind's findings and missing answers: the cards, the step panels, the
// gap list and the live region. A kind's own types carry these members and more (the camera's finding also
// names its camera); the shell reads only these, so it imports no kind.
import type { IsoDate } from './dates';
import type { Severity, Text } from './kind';

/** A citation people can look up: the law, the guideline, the authority's page ('' url: none online). */
export interface Source {
  title: string;
  url: string;
}

export interface FindingView {
  /** Stable within a document: the rule's id, with the list row's when it is about one. Keys justifications. */
  key: string;
  ruleId: string;
  severity: Severity;
  /** The step whose question settles it, and that question's dotted path. */
  step: string;
  field: string;
  message: Text;
  source: Source;
  /** When the rule was last checked against its source. */
  checked: IsoDate;
  /** The rule rests on a source marked unverified: shown as guidance, not as law. */
  unverified?: boolean;
}

/** A required answer not given: where it is asked and what the question is called. */
export interface MissingView {
  step: string;
  field: string;
  label: Text;
}
