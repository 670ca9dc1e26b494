// What the generic form renderer needs of a kind's question definition: structural, so any kind whose
// questions are data (src/assessments/<kind>/questions, built with the question builders) fits without
// the UI importing the kind.

export type FormWidget = 'text' | 'choice' | 'multi' | 'yesNo' | 'number' | 'date' | 'list';

export interface FormQuestion {
  widget: FormWidget;
  required: boolean;
  /** Options draw their labels from this set. */
  optionSet?: string | undefined;
  options?: readonly string[] | undefined;
  /** The fields of one row of a list. */
  item?: Readonly<Record<string, FormQuestion>> | undefined;
  /** The valibot schema of the answer; the renderer reads only its length and number limits. */
  schema: unknown;
}

/** One question as the kind's walker visits it on the current document. */
export interface FormVisit {
  path: string;
  /** The path with list positions as '*': names the question for labels. */
  template: string;
  question: FormQuestion;
  value: unknown;
  applies: boolean;
}

/** The kind's words for its questions. */
export interface FormText {
  label: (template: string) => string;
  help: (template: string) => string | undefined;
  option: (set: string, value: string) => string;
}

export interface FormApi {
  /** The document being edited (values are read from it by dotted path). */
  doc: unknown;
  /** Paths of required answers still missing (or "vet inte" where a real answer is needed). */
  missing: ReadonlySet<string>;
  /** Missing answers are shown at their fields only after Nästa was pressed with gaps on the page. */
  showGaps: boolean;
  answer: (path: string, value: unknown) => void;
  text: FormText;
}

/** The options of a yes/no question come from its set; a choice names its own. */
export function optionsOf(q: FormQuestion): readonly string[] {
  if (q.options) return q.options;
  return q.optionSet === 'yesNoUnknown' ? ['yes', 'no', 'unknown'] : ['yes', 'no'];
}

interface Requirement {
  type?: unknown;
  requirement?: unknown;
}

/** A limit ('max_length', 'min_value', 'max_value') of a valibot pipe, looking through nullable wrappers. */
export function limitOf(schema: unknown, type: string): number | undefined {
  let node = schema as { pipe?: readonly Requirement[]; wrapped?: unknown } | undefined;
  for (let depth = 0; node && depth < 3; depth++) {
    const found = node.pipe?.find((p) => p.type === type);
    if (found && typeof found.requirement === 'number') return found.requirement;
    node = node.wrapped as typeof node;
  }
  return undefined;
}
